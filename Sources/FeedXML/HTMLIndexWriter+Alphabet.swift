public import FeedModel
import Foundation

extension HTMLIndexWriter {
    /// Every feed of a section by name, under jump links to the first feed of each initial:
    /// hundreds of feeds stay findable without a script.
    func alphabetical(_ section: String, _ listings: [FeedListing], _ language: String?, _ html: HTMLWriter) {
        // By initial first, so that every name under `#` (digits, other scripts) is in one run.
        let sorted = listings.map { (Self.initial(of: $0.name), $0) }
            .sorted { ($0.0, $0.1.name.lowercased(), $0.1.name) < ($1.0, $1.1.name.lowercased(), $1.1.name) }
            .map(\.1)
        var ids: [Int: String] = [:]
        var letters: [String] = []
        for (index, listing) in sorted.enumerated() {
            let letter = Self.initial(of: listing.name)
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
