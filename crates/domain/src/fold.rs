//! Text compared the way people mean it: lower case and without the accents of the
//! Latin letters, so `Coût` and `cout`, `Übersicht` and `ubersicht` are the same
//! word. Price-list headers and the words of requirements are compared this way.

/// `c` in lower case without its accent (`É` → `e`, `ñ` → `n`); other letters as
/// they are, lower-cased.
///
/// # Examples
/// ```
/// use best_offer_domain::fold::plain_lowercase;
/// assert_eq!("Stückpreis Coût Año".chars().flat_map(plain_lowercase).collect::<String>(), "stuckpreis cout ano");
/// ```
pub fn plain_lowercase(c: char) -> impl Iterator<Item = char> {
    c.to_lowercase().map(|c| match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        other => other,
    })
}
