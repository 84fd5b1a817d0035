/*
 * constant.h — exact constant values, as go/constant computes them.
 *
 * Include after goescape.h's lex section: operations are named by the
 * lexer's Op (OP_ADD, OP_EQL, ...) and literals by its LitKind.
 *
 * A Const is a small value (16 bytes) passed by value.  Booleans and
 * integers that fit in an int64 live inside it; everything else (big
 * integers, fractions, 512-bit floats, strings, complex pairs) lives in a
 * ConstPool and the Const points there.  Values are immutable.  A result
 * is allocated in the pool passed to the operation, and its operands may
 * come from any pool; but a result may share parts with its operands (a
 * complex value its parts, a concatenation its operands, x + 0 may be x),
 * so the operands' pools must live as long as the result.  const_copy
 * makes a value that depends on one pool only.  const_pool_free releases
 * every value of the pool, GMP and MPFR limbs included.  Pools are not
 * thread-safe, and the first one sets MPFR's exponent range (global
 * state) to the widest.
 *
 * Semantics are go/constant's (Go 1.19), including its choice of
 * representation, which is observable: an integer is exact; a Float is an
 * exact fraction while numerator and denominator stay below 4096 bits and
 * a 512-bit binary float (rounded to nearest even, exponent range of
 * math/big) once they do; a float never goes back to a fraction.
 * Operations that go/constant does not define for their operands (bool +
 * int, a shift of a string...) are internal errors: the type checker
 * never asks for them.  The exceptions, reported as an Unknown result,
 * are division by zero (the checker tests for it first, see
 * const_complex_divisor_zero) and floats that overflow the exponent
 * range (the checker reports "constant result is not representable").
 */
#ifndef CONSTANT_H
#define CONSTANT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum ConstKind {
	CONST_UNKNOWN, /* the value of an erroneous expression */
	CONST_BOOL,
	CONST_STRING,
	CONST_INT,
	CONST_FLOAT,
	CONST_COMPLEX,
} ConstKind;

typedef struct ConstPool ConstPool;
typedef struct ConstCell ConstCell;   /* a big integer, fraction or float */
typedef struct ConstStr ConstStr;     /* a string (possibly a lazy concatenation) */
typedef struct ConstPair ConstPair;   /* the parts of a complex value */

typedef struct Const {
	uint8_t rep;    /* representation, private to constant.c; 0 is Unknown */
	union {
		bool b;
		int64_t i;
		ConstCell *big;
		ConstStr *str;
		ConstPair *pair;
	} u;
} Const;

/* ---- pools ---------------------------------------------------------- */

ConstPool *const_pool_new(void);
void const_pool_free(ConstPool *p);
/* The bytes the pool's arena holds (GMP's and MPFR's limbs not counted). */
size_t const_pool_footprint(const ConstPool *p);
/* While on, several threads make values in p (goescape -m -j). */
void const_pool_share(ConstPool *p, bool on);
/* x, rebuilt in pool p, sharing nothing with other pools. */
Const const_copy(ConstPool *p, Const x);

/* ---- making values -------------------------------------------------- */

/* The zero Const ({0}) is Unknown too. */
Const const_make_unknown(void);
Const const_make_bool(bool b);
Const const_make_int64(int64_t v);
Const const_make_uint64(ConstPool *p, uint64_t v);
/* The bytes are copied. */
Const const_make_string(ConstPool *p, const char *s, size_t len);
/* Unknown for an infinity or NaN; -0 becomes 0. */
Const const_make_float64(ConstPool *p, double f);
/* x*i for an Int or Float x; Unknown for Unknown. */
Const const_make_imag(ConstPool *p, Const x);
/* The value of a Go literal as the lexer delivers it (LIT_INT 0x_1F,
 * LIT_FLOAT 1e-3, LIT_IMAG 2.5i, LIT_RUNE '\n', LIT_STRING "a\tb" or a raw
 * string).  Unknown if the text is malformed or the number's exponent is
 * out of range: gc then says "malformed constant".  (gc's checker first
 * rejects numeric literals longer than 10000 bytes; that is the caller's
 * business.) */
Const const_from_literal(ConstPool *p, LitKind kind, const char *lit, size_t len);

/* ---- reading values ------------------------------------------------- */

ConstKind const_kind(Const x);
/* x must be a Bool or Unknown (false). */
bool const_bool_val(Const x);
/* x must be a String or Unknown ("").  The bytes stay valid as long as
 * x's pool; they are NUL-terminated but may contain NULs. */
const char *const_string_val(Const x, size_t *len);
/* x must be an Int or Unknown (0, inexact).  When not exact the result is
 * what go/constant returns (the low 64 bits of |x|, with x's sign). */
int64_t const_int64_val(Const x, bool *exact);
uint64_t const_uint64_val(Const x, bool *exact);
/* The nearest float of an Int or Float x (or Unknown: 0, inexact).  The
 * sign of a result that underflows to 0 is x's. */
float const_float32_val(Const x, bool *exact);
double const_float64_val(Const x, bool *exact);
/* -1, 0 or 1 for a numeric x; for a Complex, 0 iff x == 0.  Unknown: 1
 * (so that an erroneous divisor does not also report division by zero). */
int const_sign(Const x);
/* Bits of |x| for an Int x; 0 for Unknown. */
int64_t const_bitlen(Const x);
/* Numerator and denominator of an Int or Float; Unknown when x is Unknown
 * or a float too large or small to write as a fraction. */
Const const_num(ConstPool *p, Const x);
Const const_denom(ConstPool *p, Const x);
/* Parts of a numeric x (imag of a non-complex is 0). */
Const const_real(Const x);
Const const_imag(Const x);

/* ---- conversions: Unknown when x is not representable as the kind --- */

/* A Float becomes an Int only when it is integral (a 512-bit float may
 * be off by a rounding error of a few bits); a Complex only with a zero
 * imaginary part. */
Const const_to_int(ConstPool *p, Const x);
Const const_to_float(ConstPool *p, Const x);
Const const_to_complex(ConstPool *p, Const x);

/* ---- operations ----------------------------------------------------- */

/* op y for op in OP_ADD, OP_SUB, OP_XOR (^), OP_NOT (!).  For ^ on an
 * unsigned type, prec is the type's size in bits and the result is
 * truncated to it; otherwise prec is 0. */
Const const_unary(ConstPool *p, Op op, Const y, unsigned prec);
/* x op y for op in + - * / % & | ^ &^ && || (not comparisons or shifts).
 * Operands of different numeric kinds are first brought to the larger
 * kind.  / of two Ints is exact division and gives a Float; use
 * const_quo_int for Go's integer division.  + concatenates strings. */
Const const_binary(ConstPool *p, Const x, Op op, Const y);
/* x / y truncated toward zero, for Int operands (the result is an Int;
 * like go/constant, MinInt64 / -1 wraps to MinInt64). */
Const const_quo_int(ConstPool *p, Const x, Const y);
/* x << s or x >> s (op OP_SHL or OP_SHR) for an Int x.  A left shift of
 * a nonzero x by more than CONST_MAX_SHIFT bits gives Unknown. */
enum { CONST_MAX_SHIFT = 1 << 24 };
Const const_shift(ConstPool *p, Const x, Op op, uint64_t s);
/* x op y for op in == != < <= > >=; false if either is Unknown (except
 * that, as in go/constant, Unknown != a Complex value is true). */
bool const_compare(Const x, Op op, Const y);
/* gc's checker reports "division by zero" for x / y and x % y when
 * const_sign(y) == 0, and also, when x is complex, when this is true: the
 * squares of both parts of y are zero (a tiny float's square underflows;
 * see Go issue 20227).  False for an Unknown y. */
bool const_complex_divisor_zero(Const y);

/* ---- text ------------------------------------------------------------ */

/* The representation, for debug dumps: "unknown", "bool", "string",
 * "int64", "int" (big), "rat" (fraction), "float" (512 bits), "complex". */
const char *const_repr_name(Const x);

/* Go's Value.String(): the short form ("1e+100", "(1 + 2i)", strings
 * quoted and cut to 72 characters with "...").  The result is malloc'd;
 * the caller frees it. */
char *const_string(Const x);
/* Go's Value.ExactString(): "1/3", "0x.8p+1", the whole quoted string. */
char *const_exact_string(Const x);

/* ---- representability (go/types representableConst) ------------------ */

typedef enum ConstType {
	CT_BOOL,
	CT_INT, CT_INT8, CT_INT16, CT_INT32, CT_INT64,
	CT_UINT, CT_UINT8, CT_UINT16, CT_UINT32, CT_UINT64, CT_UINTPTR,
	CT_FLOAT32, CT_FLOAT64,
	CT_COMPLEX64, CT_COMPLEX128,
	CT_STRING,
	CT_UNTYPED_BOOL, CT_UNTYPED_INT, CT_UNTYPED_RUNE, CT_UNTYPED_FLOAT,
	CT_UNTYPED_COMPLEX, CT_UNTYPED_STRING,
} ConstType;

/* Whether x can be a value of basic type t; int, uint and uintptr are
 * wordsize bytes (8 on amd64 and arm64, 4 on 386).  An Unknown x is
 * representable (to avoid follow-up errors).  If rounded is not NULL it
 * receives the value x takes in t: ToInt(x) for integer types (set even
 * when x is out of range), the nearest float32/float64 (as a Float) for
 * float and complex types when representable; otherwise it is left
 * alone, so set *rounded = x before the call.  A float that rounds to an
 * infinity is not representable. */
bool const_representable(ConstPool *p, Const x, ConstType t, int wordsize, Const *rounded);

#endif
