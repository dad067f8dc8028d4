public import FeedModel
import Foundation

extension HTMLIndexWriter {
    /// Every feed of a section by name, under jump links to the first feed of each initial:
    /// hundreds of feeds stay findable without a script.
    func alphabetical(_ section: String, _ listings: [FeedListing], _ language: String?, _ html: some HTMLElementWriter) {
        // By initial first, so that every name under `#` (digits, other scripts) is in one run.
        // Each key is made once: the sort compares each listing's many times.
        let keyed = listings.map { listing in
            let name = listing.name
            return (initial: Self.initial(of: name), lowercased: name.lowercased(), name: name, listing: listing)
        }.sorted { ($0.initial, $0.lowercased, $0.name) < ($1.initial, $1.lowercased, $1.name) }
        let sorted = keyed.map(\.listing)
        var ids: [Int: String] = [:]
        var letters: [String] = []
        for (index, letter) in keyed.map(\.initial).enumerated() {
            if letters.last != letter {
                letters.append(letter)
                ids[index] = "\(section)-\(letter == "#" ? "other" : letter.lowercased())"
            }
        }
        html.element("nav", ["class": "letters", "aria-label": "\(section): jump to a letter"]) {
            for (index, (letter, id)) in zip(letters, ids.sorted { $0.key < $1.key }.map(\.value)).enumerated() {
                if index > 0 { html.text(" ") }
                html.element("a", ["href": "#\(id)"], text: letter)
            }
        }
        table(sorted, language, ids: ids, html)
    }

    /// `A`…`Z` for a name starting with a Latin letter (accents dropped), else `#`.
    static func initial(of name: String) -> String {
        // Most names start with a printable ASCII character, which folding leaves as it is (but
        // for its case): Foundation's folding of the whole name cost more than the rest of the row.
        if let first = name.utf8.first, (0x21...0x7E).contains(first) {
            return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first | 0x20) ? String(UnicodeScalar(first & ~0x20)) : "#"
        }
        return foldedInitial(of: name)
    }

    /// `initial(of:)` for any name: its first letter once accents and case are folded away.
    static func foldedInitial(of name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        guard let first = folded.unicodeScalars.first(where: { !$0.properties.isWhitespace }),
              ("a"..."z").contains(first) else { return "#" }
        return String(first).uppercased()
    }

    /// Hides the rows whose text does not contain what is typed; the box appears only with it.
    static let filterScript = """
        (function(){var box=document.getElementById("filter");if(!box)return;box.hidden=false;
        var input=box.querySelector("input"),rows=document.querySelectorAll("main tbody tr");
        input.addEventListener("input",function(){var q=input.value.trim().toLowerCase();
        rows.forEach(function(r){r.hidden=q!==""&&r.textContent.toLowerCase().indexOf(q)<0;});});})();

        """
}
