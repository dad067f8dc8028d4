// A C function over CLD2's C++ API (Debian's libcld2-dev), so Swift can call it without C++ interop.
#include <climits>
#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <cld2/public/compact_lang_det.h>

#include "cld2_shim.h"

extern "C" const char *feedpub_cld2_language(const char *utf8, size_t length) {
    if (length > INT_MAX) length = INT_MAX;
    bool reliable = false;
    CLD2::Language top3[3];
    int percent3[3];
    int textBytes = 0;
    // Plain text: no HTML tags or entities to skip. Stateless, so safe from every thread.
    CLD2::Language language = CLD2::DetectLanguageSummary(utf8, static_cast<int>(length), true, top3, percent3,
                                                          &textBytes, &reliable);
    if (!reliable || language == CLD2::UNKNOWN_LANGUAGE) return nullptr;
    return CLD2::LanguageCode(language);
}
