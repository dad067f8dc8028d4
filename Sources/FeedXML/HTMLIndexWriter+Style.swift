extension HTMLIndexWriter {
    /// System fonts, the browser's light or dark colours (the `color-scheme` meta), the same columns in
    /// every table, one block per feed below 50em; a row the filter hides is hidden even there.
    static let style = """
        :root{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        body{max-width:60em;margin:0 auto;padding:1em}
        h1{font-size:1.75em;margin:.25em 0}
        h2{font-size:1.25em;margin:1.5em 0 .25em}
        table{width:100%;border-collapse:collapse;table-layout:fixed}
        thead th:nth-child(2){width:7em}
        thead th:nth-child(3){width:14em}
        thead th:nth-child(4){width:17em}
        th,td{text-align:left;vertical-align:baseline;padding:.45em .75em .45em 0;border-bottom:1px solid #8885}
        thead th{font-size:.85em;font-weight:600;opacity:.75}
        tbody th{font-weight:600}
        .count,.newest{white-space:nowrap}
        h3{font-size:1em;margin:1em 0 .25em}
        .letters{display:flex;flex-wrap:wrap;gap:.25em .6em;font-weight:600}
        #filter input{font:inherit;width:100%;max-width:20em;box-sizing:border-box}
        [hidden]{display:none!important}
        @media (max-width:50em){
        thead{display:none}
        tr{display:block;padding:.6em 0;border-bottom:1px solid #8885}
        th,td{display:inline;padding:0;border:0}
        tbody th,td.links{display:block}
        td.count::after{content:" · newest "}
        }

        """
}
