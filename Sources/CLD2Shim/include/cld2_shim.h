#ifndef FEEDPUB_CLD2_SHIM_H
#define FEEDPUB_CLD2_SHIM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The language of `length` bytes of valid UTF-8 plain text as CLD2 names it ("en", "hi",
/// "zh-Hant"), or NULL when CLD2 is unsure (too little text, no reliable winner). The string is
/// CLD2's own constant: never freed.
const char *feedpub_cld2_language(const char *utf8, size_t length);

#ifdef __cplusplus
}
#endif

#endif
