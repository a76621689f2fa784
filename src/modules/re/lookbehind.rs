//! The width check CPython's `re` applies to look-behind assertions: their pattern must
//! match a fixed number of characters ("look-behind requires fixed-width pattern"). It
//! reads the translated (fancy-regex) text of the assertion, whose syntax is normalized.

/// (min, max) characters matched; max None is unbounded.
type Width = (u64, Option<u64>);

/// Whether `pattern` (translated syntax) always matches the same number of characters.
pub fn is_fixed_width(pattern: &str) -> bool {
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    match alternation(&chars, &mut i) {
        Some((lo, Some(hi))) => lo == hi && i == chars.len(),
        _ => false,
    }
}

/// Widths of `a|b|...` up to an unmatched `)` or the end; None for a back-reference.
fn alternation(p: &[char], i: &mut usize) -> Option<Width> {
    let mut total = sequence(p, i)?;
    while p.get(*i) == Some(&'|') {
        *i += 1;
        let w = sequence(p, i)?;
        total = (total.0.min(w.0), match (total.1, w.1) {
            (Some(a), Some(b)) => Some(a.max(b)),
            _ => None,
        });
    }
    Some(total)
}

fn sequence(p: &[char], i: &mut usize) -> Option<Width> {
    let (mut lo, mut hi) = (0u64, Some(0u64));
    while let Some(&c) = p.get(*i) {
        if c == '|' || c == ')' {
            break;
        }
        let item = atom(p, i)?;
        let (a, b) = quantified(p, i, item);
        lo = lo.saturating_add(a);
        hi = match (hi, b) {
            (Some(x), Some(y)) => Some(x.saturating_add(y)),
            _ => None,
        };
    }
    Some((lo, hi))
}

/// One element: a group, class, escape, anchor or character.
fn atom(p: &[char], i: &mut usize) -> Option<Width> {
    let c = p[*i];
    *i += 1;
    match c {
        '(' => group(p, i),
        '[' => {
            skip_class(p, i);
            Some((1, Some(1)))
        }
        '\\' => escape(p, i),
        '^' | '$' => Some((0, Some(0))),
        _ => Some((1, Some(1))),
    }
}

fn group(p: &[char], i: &mut usize) -> Option<Width> {
    let mut zero_width = false;
    if p.get(*i) == Some(&'?') {
        *i += 1;
        match p.get(*i) {
            Some('=') | Some('!') => {
                *i += 1;
                zero_width = true;
            }
            Some('<') if matches!(p.get(*i + 1), Some('=') | Some('!')) => {
                *i += 2;
                zero_width = true;
            }
            _ => {
                // (?flags:...), (?>...), (?P<name>...): skip to the ':' or '>' that opens it.
                while let Some(&c) = p.get(*i) {
                    *i += 1;
                    if c == ':' || c == '>' || c == ')' {
                        break;
                    }
                }
                if p.get(*i - 1) == Some(&')') {
                    return Some((0, Some(0)));
                }
            }
        }
    }
    let inner = alternation(p, i)?;
    if p.get(*i) == Some(&')') {
        *i += 1;
    }
    Some(if zero_width { (0, Some(0)) } else { inner })
}

fn skip_class(p: &[char], i: &mut usize) {
    let mut depth = 1;
    if p.get(*i) == Some(&'^') {
        *i += 1;
    }
    if p.get(*i) == Some(&']') {
        *i += 1;
    }
    while let Some(&c) = p.get(*i) {
        *i += 1;
        match c {
            '\\' => *i += 1,
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    return;
                }
            }
            _ => {}
        }
    }
}

fn escape(p: &[char], i: &mut usize) -> Option<Width> {
    let c = *p.get(*i)?;
    *i += 1;
    match c {
        'b' | 'B' | 'A' | 'z' | 'Z' | 'G' => Some((0, Some(0))),
        '1'..='9' | 'k' | 'g' => None,
        'x' | 'p' | 'P' | 'u' | 'U' => {
            if p.get(*i) == Some(&'{') {
                while let Some(&d) = p.get(*i) {
                    *i += 1;
                    if d == '}' {
                        break;
                    }
                }
            } else if c == 'x' {
                *i += 2;
            } else {
                *i += 1;
            }
            Some((1, Some(1)))
        }
        _ => Some((1, Some(1))),
    }
}

/// Apply a following quantifier (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, lazy or possessive).
fn quantified(p: &[char], i: &mut usize, (lo, hi): Width) -> Width {
    let (min, max): (u64, Option<u64>) = match p.get(*i) {
        Some('*') => {
            *i += 1;
            (0, None)
        }
        Some('+') => {
            *i += 1;
            (1, None)
        }
        Some('?') => {
            *i += 1;
            (0, Some(1))
        }
        Some('{') => {
            let Some(close) = p[*i..].iter().position(|&c| c == '}') else { return (lo, hi) };
            let body: String = p[*i + 1..*i + close].iter().collect();
            *i += close + 1;
            let mut parts = body.splitn(2, ',');
            let n = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
            match parts.next() {
                None => (n, Some(n)),
                Some("") => (n, None),
                Some(m) => (n, m.parse().ok()),
            }
        }
        _ => return (lo, hi),
    };
    if matches!(p.get(*i), Some('?') | Some('+')) {
        *i += 1;
    }
    let new_hi = match (hi, max) {
        (Some(0), _) => Some(0),
        (Some(h), Some(m)) => Some(h.saturating_mul(m)),
        _ => None,
    };
    (lo.saturating_mul(min), new_hi)
}
