//! Literal constants: AST constants to code constants, integer literal bases, and the small
//! constant folds CPython's AST optimiser performs that are visible to scripts (`-1`, `(1, 2)`).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::bytecode::Constant;
use crate::syntax::ast::{self, Expr, ExprKind, UnaryOperator};

/// Converts an integer literal's text (`"0x1F"`, `"0o17"`, `"0b1"`, `"10"`, underscores allowed).
pub fn int_constant(text: &str) -> Option<Constant> {
    let cleaned: String = text.chars().filter(|&c| c != '_').collect();
    let lower = cleaned.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else {
        (lower.as_str(), 10)
    };
    let value = BigInt::parse_bytes(digits.as_bytes(), radix)?;
    Some(bigint_constant(value))
}

fn bigint_constant(value: BigInt) -> Constant {
    match value.to_i64() {
        Some(i) => Constant::Int(i),
        None => Constant::BigInt(value.to_string().into()),
    }
}

/// An AST constant as a code constant (None if an integer literal is malformed).
pub fn constant(c: &ast::Constant) -> Option<Constant> {
    Some(match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Int(text) => int_constant(text)?,
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex(im) => Constant::Complex { real: 0.0, imag: *im },
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(crate::object::RcSlice::from(&b[..])),
        ast::Constant::Ellipsis => Constant::Ellipsis,
    })
}

fn negate(c: Constant) -> Option<Constant> {
    Some(match c {
        Constant::Int(i) => match i.checked_neg() {
            Some(n) => Constant::Int(n),
            None => bigint_constant(-BigInt::from(i)),
        },
        Constant::BigInt(s) => {
            let v: BigInt = s.parse().ok()?;
            bigint_constant(-v)
        }
        Constant::Float(f) => Constant::Float(-f),
        Constant::Complex { real, imag } => Constant::Complex { real: -real, imag: -imag },
        _ => return None,
    })
}

/// The constant value of `e` when it is a literal, a negated numeric literal or a tuple of them.
pub fn fold(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::Constant(c) => constant(c),
        ExprKind::UnaryOp { op: UnaryOperator::USub, operand } => match &operand.kind {
            ExprKind::Constant(c @ (ast::Constant::Int(_) | ast::Constant::Float(_) | ast::Constant::Complex(_))) => {
                negate(constant(c)?)
            }
            _ => None,
        },
        ExprKind::Tuple { elts, ctx: ast::ExprContext::Load } => {
            let items: Option<Vec<Constant>> = elts.iter().map(fold).collect();
            Some(Constant::Tuple(Rc::from(items?)))
        }
        _ => None,
    }
}

/// The truth value of a folded constant, when it is known at compile time.
pub fn truthiness(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(_) | Constant::Ellipsis => true,
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
        Constant::Code(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_literals_in_all_bases() {
        assert_eq!(int_constant("0x1F"), Some(Constant::Int(31)));
        assert_eq!(int_constant("0o17"), Some(Constant::Int(15)));
        assert_eq!(int_constant("0B101"), Some(Constant::Int(5)));
        assert_eq!(int_constant("1_000"), Some(Constant::Int(1000)));
        assert_eq!(int_constant("00"), Some(Constant::Int(0)));
        assert_eq!(
            int_constant("99999999999999999999"),
            Some(Constant::BigInt("99999999999999999999".into()))
        );
        assert_eq!(negate(Constant::BigInt("9223372036854775808".into())), Some(Constant::Int(i64::MIN)));
    }
}
