// Reads "name<TAB>text" lines on stdin and prints "name<TAB>cld2<TAB>exttextcat": each library's
// language for the text, "-" when it is unsure. Built and run by ./run; see docs/languages.md.
#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <cld2/public/compact_lang_det.h>
#include <libexttextcat/textcat.h>
#include <iostream>
#include <string>

static std::string cld2(const std::string &text) {
    bool reliable = false;
    CLD2::Language top3[3];
    int percent3[3];
    int textBytes = 0;
    CLD2::Language language = CLD2::DetectLanguageSummary(text.data(), (int)text.size(), true, top3, percent3,
                                                          &textBytes, &reliable);
    if (!reliable || language == CLD2::UNKNOWN_LANGUAGE) return "-";
    return CLD2::LanguageCode(language);
}

// textcat answers "[hi--utf8][mr--utf8]" (best first), "UNKNOWN" or "SHORT".
static std::string exttextcat(void *handle, const std::string &text) {
    const char *answer = textcat_Classify(handle, text.data(), text.size());
    std::string result = answer ? answer : "";
    if (result.empty() || result[0] != '[') return "-";
    // Several candidates within textcat's margin: its best is taken, as LibreOffice does.
    std::string tag = result.substr(1, result.find("--") - 1);
    return tag;
}

int main(int argc, char **argv) {
    const char *data = argc > 1 ? argv[1] : "/usr/share/libexttextcat/";
    std::string conf = std::string(data) + "fpdb.conf";
    void *handle = special_textcat_Init(conf.c_str(), data);
    if (!handle) { std::cerr << "exttextcat: cannot load " << conf << "\n"; return 1; }
    std::string line;
    while (std::getline(std::cin, line)) {
        size_t tab = line.find('\t');
        if (tab == std::string::npos) continue;
        std::string text = line.substr(tab + 1);
        std::cout << line.substr(0, tab) << '\t' << cld2(text) << '\t' << exttextcat(handle, text) << '\n';
    }
    textcat_Done(handle);
    return 0;
}
