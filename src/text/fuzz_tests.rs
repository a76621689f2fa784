//! Robustness tests: random and extreme inputs to every text entry point must return
//! (Ok or a TextError) without panicking or allocating without bound.
use super::codecs::{decode, encode};
use super::float_repr::*;
use super::format_spec::*;
use super::format_string::*;
use super::number_parse::*;
use super::percent::*;
use super::str_methods::*;
use super::TextError;
use num_bigint::BigInt;

/// A tiny deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn text(&mut self, alphabet: &[char], max: usize) -> String {
        let n = self.below(max + 1);
        (0..n)
            .map(|_| alphabet[self.below(alphabet.len())])
            .collect()
    }
    fn int(&mut self) -> i64 {
        const EDGES: [i64; 9] = [i64::MIN, i64::MAX, -1, 0, 1, 2, -2, 1 << 40, -(1 << 40)];
        if self.below(3) == 0 {
            EDGES[self.below(EDGES.len())]
        } else {
            (self.next() % 21) as i64 - 10
        }
    }
}

const SPEC_CHARS: &[char] = &[
    '<', '>', '=', '^', '+', '-', ' ', 'z', '#', '0', '1', '9', ',', '_', '.', 'd', 'f', 'e', 'g',
    'x', 'c', 's', '%', 'n', 'é', '{', '}',
];

#[test]
fn format_specs_never_panic() {
    let mut rng = Rng(0x1234_5678);
    for _ in 0..5000 {
        let spec = rng.text(SPEC_CHARS, 8);
        if let Ok(s) = FormatSpec::parse(&spec, "int") {
            let _ = format_int(&BigInt::from(rng.int()), &s);
            let _ = format_float(f64::from_bits(rng.next()), &s);
            let _ = format_str("héllo", &s);
        }
    }
    let huge = format_int_with(&BigInt::from(1), "99999999999999999999", "int");
    assert_eq!(
        huge,
        Err(TextError::Value(
            "Too many decimal digits in format string".into()
        ))
    );
    assert!(format_int_with(&BigInt::from(1), "9999999999", "int").is_err());
    assert!(format_float_with(1.5, ".999999999f").is_err());
}

struct NoArgs(Vec<i64>);

impl PercentArgs for NoArgs {
    type Arg = i64;
    type Error = TextError;
    fn tuple_len(&self) -> Option<usize> {
        Some(self.0.len())
    }
    fn is_mapping(&self) -> bool {
        false
    }
    fn item(&mut self, index: usize) -> i64 {
        self.0.get(index).copied().unwrap_or(0)
    }
    fn whole(&mut self) -> i64 {
        0
    }
    fn lookup(&mut self, _key: &str) -> Result<i64, TextError> {
        Ok(1)
    }
    fn convert(&mut self, arg: &i64, conv: Conversion) -> Result<PercentValue, TextError> {
        Ok(match conv {
            Conversion::Float(_) => PercentValue::Float(*arg as f64),
            Conversion::Str | Conversion::Repr | Conversion::Ascii => {
                PercentValue::Str(arg.to_string())
            }
            _ => PercentValue::Int(BigInt::from(*arg)),
        })
    }
}

#[test]
fn percent_never_panics() {
    let mut rng = Rng(0x9e37_79b9);
    let chars: Vec<char> = "%(a)*.-+ #0123456789sdrxXoeEfFgGcil%é".chars().collect();
    for _ in 0..5000 {
        let fmt = rng.text(&chars, 10);
        let args: Vec<i64> = (0..rng.below(4)).map(|_| rng.int()).collect();
        let _ = percent_format(&fmt, &mut NoArgs(args));
    }
    let r = percent_format("%*d", &mut NoArgs(vec![i64::MAX, 1]));
    assert!(r.is_err());
    let r = percent_format("%.*f", &mut NoArgs(vec![-5, 1]));
    assert_eq!(r.as_deref(), Ok("1"));
}

struct Echo;

impl FormatArgs for Echo {
    type Obj = String;
    type Error = TextError;
    fn positional(&mut self, index: usize) -> Result<String, TextError> {
        if index < 3 {
            Ok(index.to_string())
        } else {
            Err(replacement_index_error(index))
        }
    }
    fn keyword(&mut self, name: &str) -> Result<String, TextError> {
        Ok(name.to_string())
    }
    fn getattr(&mut self, obj: String, name: &str) -> Result<String, TextError> {
        Ok(obj + name)
    }
    fn getitem_index(&mut self, obj: String, index: usize) -> Result<String, TextError> {
        Ok(format!("{obj}{index}"))
    }
    fn getitem_key(&mut self, obj: String, key: &str) -> Result<String, TextError> {
        Ok(obj + key)
    }
    fn convert(&mut self, obj: String, _conversion: char) -> Result<String, TextError> {
        Ok(obj)
    }
    fn format(&mut self, obj: String, spec: &str) -> Result<String, TextError> {
        format_str_with(&obj, spec)
    }
}

#[test]
fn templates_never_panic() {
    let mut rng = Rng(0xdead_beef);
    let chars: Vec<char> = "{}{}!:.[]0123arsx<>^é".chars().collect();
    for _ in 0..5000 {
        let t = rng.text(&chars, 12);
        let _ = format_template(&t, &mut Echo);
        let _ = parse_template(&t);
        let _ = parse_field_name(&t);
    }
}

#[test]
fn parsers_and_methods_never_panic() {
    let mut rng = Rng(0x0bad_cafe);
    let chars: Vec<char> = "0123456789abcxXoObB_+-. \t\néiInNfF\u{663}\u{3000}"
        .chars()
        .collect();
    for _ in 0..5000 {
        let s = rng.text(&chars, 10);
        let base = [0, 2, 8, 10, 16, 36, 1, 37][rng.below(8)];
        let _ = parse_int(&s, base, DEFAULT_MAX_STR_DIGITS);
        let _ = parse_float(&s);
        let _ = parse_int_bytes(s.as_bytes(), "b''", base, 10);
        let sub = rng.text(&chars, 2);
        let (a, b) = (Some(rng.int()), Some(rng.int()));
        let _ = (
            find(&s, &sub, a, b),
            rfind(&s, &sub, a, b),
            count(&s, &sub, a, b),
        );
        let _ = (startswith(&s, &sub, a, b), endswith(&s, &sub, a, b));
        let _ = split(&s, Some(&sub), rng.int());
        let _ = rsplit(&s, None, rng.int());
        let _ = str_slice(&s, a, b, Some(rng.int()));
        let _ = char_at(&s, rng.int());
        let w = rng.int().min(1 << 20);
        let _ = (center(&s, w, '*'), zfill(&s, w), ljust(&s, w, 'é'));
        let _ = expandtabs(&s, rng.int().min(1 << 16));
        let _ = replace(&s, &sub, "xy", rng.int());
        let _ = float_round(f64::from_bits(rng.next()), rng.int());
        let _ = int_round(&BigInt::from(rng.int()), rng.int());
        let bytes: Vec<u8> = (0..rng.below(8)).map(|_| rng.next() as u8).collect();
        let _ = decode(&bytes, "utf-8", "strict");
        let _ = decode(&bytes, "ascii", "replace");
        let _ = encode(&s, "latin-1", "xmlcharrefreplace");
    }
    assert!(center("a", i64::MAX, 'é').is_err());
}
