/*
 * constant.c — exact constant arithmetic with go/constant's semantics.
 *
 * gc's type checker folds every constant expression with go/constant, and
 * what it prints ("constant 1e+1000 overflows float64", "0x.8p+1") and
 * accepts (is 1<<64 - 1 a uint64? is 1e39 a float32?) depends on that
 * package's exact choices, so they are reproduced here:
 *
 *   - An Int is an int64 when it fits and a GMP integer otherwise.
 *   - A Float is an exact GMP fraction as long as numerator and
 *     denominator stay below 4096 bits (go/constant's maxExp), else a
 *     512-bit MPFR float.  Once a float, always a float.  A literal is a
 *     fraction when its magnitude is within 2^±4096, however many digits
 *     it has.
 *   - Floats round to nearest even and have math/big's exponent range
 *     (0.5 <= mantissa < 1, exponent an int32).  MPFR runs with its widest
 *     exponent range and fl_range() then applies math/big's: a result
 *     whose exact exponent is too small is 0, too large is an infinity
 *     (which makes the value Unknown).
 *   - Decimal literals are converted the way math/big converts them (not
 *     correctly rounded: 5^n is formed at 576 bits, then one rounding
 *     multiplication or division), since the last bit shows in
 *     ExactString.
 *   - Conversions to float64 and float32 round correctly, including
 *     subnormals.
 *   - go/constant's and math/big's accidents are kept, since gc has them:
 *     MinInt64 / -1 is MinInt64; Unknown != a Complex is true; a float
 *     with the smallest exponent converts to an infinity (int32
 *     wraparound in Float.Float64); a fraction below half the smallest
 *     subnormal converts to 0 yet "exactly" if it fits the mantissa.
 *   - String() of a float outside float64's range computes a power of 10
 *     the way Go's math.Pow does, but with libm's exp and log; where
 *     those differ from Go's by an ulp the sixth digit could too.
 *
 * Memory: a Const is a 16-byte value; big numbers are ConstCells in a
 * ConstPool, which initialises every cell it hands out and clears them all
 * when freed; strings and complex pairs come from the pool's arena.
 * Temporaries are cleared before returning.  String concatenation is lazy
 * (a ConstStr may be a pair of operands, flattened on first read) so that
 * a chain of n additions costs O(n), not O(n^2), as in go/constant.
 *
 * Left out: go/constant's Make/Val/Bytes/MakeFromBytes (the checker does
 * not use them).  Invalid operations abort as internal errors where
 * go/constant panics (or, for a bool compared with a number, quietly
 * answers nonsense); division by zero gives Unknown instead.
 */
#include "goescape.h"
#include "constant.h"

#include <gmp.h>
#include <inttypes.h>
#include <math.h>
#include <mpfr.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>


_Static_assert(sizeof(long) == 8 && GMP_LIMB_BITS == 64,
	"constant.c assumes an LP64 host with 64-bit GMP limbs");

/* Representations, numeric ones in the order in which a binary operation
 * brings its operands to the larger one (go/constant's match). */
enum {
	R_UNKNOWN, R_BOOL, R_STRING,
	R_INT64, R_INT, R_RAT, R_FLOAT, R_COMPLEX,
};

enum {
	FPREC = 512,       /* mantissa bits of a float value */
	MAX_FRAC = 4096,   /* fractions keep both components below this many bits */
	MAX_QUOTED = 72,   /* runes of a quoted string in const_string */
};
#define EXP_MIN ((long)INT32_MIN)   /* math/big's exponent range */
#define EXP_MAX ((long)INT32_MAX)

/* Integer division has no Op of its own. */
#define OPX_QUO_INT OP_COUNT

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* ==================================================================== */
/* Pools                                                                  */
/* ==================================================================== */

struct ConstCell {
	uint8_t rep;   /* R_INT, R_RAT or R_FLOAT: which member is live */
	union {
		mpz_t z;
		mpq_t q;
		mpfr_t f;
	} v;
};

struct ConstStr {
	size_t len;
	const char *data;   /* NULL while an unflattened concatenation */
	ConstStr *l, *r;    /* the operands of a concatenation */
	ConstPool *pool;    /* where the flattened bytes go */
};

struct ConstPair {
	Const re, im;
};

enum { CHUNK_CELLS = 64 };
typedef struct CellChunk {
	struct CellChunk *next;
	int n;
	ConstCell cell[CHUNK_CELLS];
} CellChunk;

struct ConstPool {
	Arena arena;        /* strings, pairs and cell chunks */
	CellChunk *chunks;  /* newest first; their first n cells are live */
	ConstCell *fzero;   /* the float 0, made on first use */
};

static int live_pools;

/* MPFR's exponent range is per thread (in a thread-safe build): every
 * path that may round a float calls fl_begin first. */
static _Thread_local bool range_set;

static void fl_begin(void)
{
	if (!range_set) {
		mpfr_set_emin(mpfr_get_emin_min());
		mpfr_set_emax(mpfr_get_emax_max());
		range_set = true;
	}
}

ConstPool *const_pool_new(void)
{
	live_pools++;
	fl_begin();
	ConstPool *p = xmalloc(sizeof *p);
	memset(p, 0, sizeof *p);
	return p;
}

void const_pool_share(ConstPool *p, bool on)
{
	p->arena.shared = on;
}

size_t const_pool_footprint(const ConstPool *p)
{
	return arena_footprint(&p->arena);
}

void const_pool_free(ConstPool *p)
{
	if (!p)
		return;
	for (CellChunk *c = p->chunks; c; c = c->next) {
		for (int i = 0; i < c->n; i++) {
			ConstCell *cell = &c->cell[i];
			switch (cell->rep) {
			case R_INT: mpz_clear(cell->v.z); break;
			case R_RAT: mpq_clear(cell->v.q); break;
			case R_FLOAT: mpfr_clear(cell->v.f); break;
			}
		}
	}
	arena_free(&p->arena);
	free(p);
	if (--live_pools == 0)
		mpfr_free_cache();
}

static ConstCell *new_cell(ConstPool *p, int rep)
{
	/* a pool shared by threads (const_pool_share) takes the lock */
	bool shared = p->arena.shared;
	if (shared)
		util_lock();
	CellChunk *c = p->chunks;
	if (!c || c->n == CHUNK_CELLS) {
		c = arena_alloc(&p->arena, sizeof *c);
		c->next = p->chunks;
		p->chunks = c;
	}
	ConstCell *cell = &c->cell[c->n++];
	if (shared)
		util_unlock();
	cell->rep = (uint8_t)rep;
	switch (rep) {
	case R_INT: mpz_init(cell->v.z); break;
	case R_RAT: mpq_init(cell->v.q); break;
	case R_FLOAT: mpfr_init2(cell->v.f, FPREC); break;
	default: fatal_internal("new_cell: rep %d", rep);
	}
	return cell;
}

/* ==================================================================== */
/* Making values                                                          */
/* ==================================================================== */

static Const unknown(void)
{
	return (Const){.rep = R_UNKNOWN};
}

static Const mk_int64(int64_t v)
{
	Const c = {.rep = R_INT64};
	c.u.i = v;
	return c;
}

static Const mk_cell(ConstCell *cell)
{
	Const c = {.rep = cell->rep};
	c.u.big = cell;
	return c;
}

#define ZOF(x) ((x).u.big->v.z)
#define QOF(x) ((x).u.big->v.q)
#define FOF(x) ((x).u.big->v.f)

/* go/constant's makeInt.  z is left empty (it still needs mpz_clear). */
static Const mk_int(ConstPool *p, mpz_ptr z)
{
	if (mpz_fits_slong_p(z))
		return mk_int64(mpz_get_si(z));
	ConstCell *c = new_cell(p, R_INT);
	mpz_swap(c->v.z, z);
	return mk_cell(c);
}

/* A fraction as is (literals skip go/constant's size check). */
static Const mk_ratcell(ConstPool *p, mpq_ptr q)
{
	ConstCell *c = new_cell(p, R_RAT);
	mpq_swap(c->v.q, q);
	return mk_cell(c);
}

/* After a rounded MPFR operation gave r with ternary t: math/big's
 * exponent range.  math/big decides on the exponent of the exact result,
 * which is r's except when rounding carried r up to a power of two. */
static void fl_range(mpfr_ptr r, int t)
{
	if (!mpfr_regular_p(r))
		return;
	int sgn = mpfr_sgn(r);
	long e = mpfr_get_exp(r);
	if (e > EXP_MAX) {
		mpfr_set_inf(r, sgn);
	} else if (e < EXP_MIN) {
		mpfr_set_zero(r, sgn);
	} else if (e == EXP_MIN && t != 0 && (t > 0) == (sgn > 0) &&
			mpfr_cmp_si_2exp(r, sgn, e - 1) == 0) {
		mpfr_set_zero(r, sgn);
	}
}

/* A float value that is neither zero nor infinite, as is. */
static Const mk_floatcell(ConstPool *p, mpfr_ptr f)
{
	ConstCell *c = new_cell(p, R_FLOAT);
	if (mpfr_get_prec(f) == FPREC)
		mpfr_swap(c->v.f, f);
	else
		mpfr_set(c->v.f, f, MPFR_RNDN);
	return mk_cell(c);
}

static Const float_zero(ConstPool *p)
{
	if (!p->fzero) {
		p->fzero = new_cell(p, R_FLOAT);
		mpfr_set_zero(p->fzero->v.f, 1);
	}
	return mk_cell(p->fzero);
}

/* go/constant's makeFloat: -0 becomes 0, an infinity Unknown. */
static Const mk_float(ConstPool *p, mpfr_ptr f)
{
	if (mpfr_zero_p(f))
		return float_zero(p);
	if (!mpfr_number_p(f))
		return unknown();
	return mk_floatcell(p, f);
}

/* go/constant's makeRat: too large a fraction becomes a float. */
static Const mk_rat(ConstPool *p, mpq_ptr q)
{
	if (mpz_sizeinbase(mpq_numref(q), 2) < MAX_FRAC &&
			mpz_sizeinbase(mpq_denref(q), 2) < MAX_FRAC)
		return mk_ratcell(p, q);
	mpfr_t f;
	mpfr_init2(f, FPREC);
	fl_range(f, mpfr_set_q(f, q, MPFR_RNDN));
	Const c = mk_floatcell(p, f);
	mpfr_clear(f);
	return c;
}

static Const mk_complex(ConstPool *p, Const re, Const im)
{
	if (re.rep == R_UNKNOWN || im.rep == R_UNKNOWN)
		return unknown();
	ConstPair *pair = arena_alloc(&p->arena, sizeof *pair);
	pair->re = re;
	pair->im = im;
	Const c = {.rep = R_COMPLEX};
	c.u.pair = pair;
	return c;
}

static Const mk_string(ConstPool *p, const char *s, size_t len)
{
	ConstStr *str = arena_alloc(&p->arena, sizeof *str);
	char *data = arena_alloc(&p->arena, len + 1);
	if (len)
		memcpy(data, s, len);
	str->len = len;
	str->data = data;
	str->pool = p;
	Const c = {.rep = R_STRING};
	c.u.str = str;
	return c;
}

Const const_make_unknown(void)
{
	return unknown();
}

Const const_make_bool(bool b)
{
	Const c = {.rep = R_BOOL};
	c.u.b = b;
	return c;
}

Const const_make_int64(int64_t v)
{
	return mk_int64(v);
}

Const const_make_uint64(ConstPool *p, uint64_t v)
{
	if (v <= INT64_MAX)
		return mk_int64((int64_t)v);
	mpz_t z;
	mpz_init_set_ui(z, v);
	Const c = mk_int(p, z);
	mpz_clear(z);
	return c;
}

Const const_make_string(ConstPool *p, const char *s, size_t len)
{
	return mk_string(p, s, len);
}

/* Every finite float64 is small enough to be a fraction. */
Const const_make_float64(ConstPool *p, double f)
{
	if (!isfinite(f))
		return unknown();
	mpq_t q;
	mpq_init(q);
	mpq_set_d(q, f);
	Const c = mk_ratcell(p, q);
	mpq_clear(q);
	return c;
}

static void need(bool ok, const char *what, Const x)
{
	if (!ok)
		fatal_internal("constant: %s of a value of representation %d", what, x.rep);
}

static bool is_numeric(Const x)
{
	return x.rep >= R_INT64;
}

Const const_make_imag(ConstPool *p, Const x)
{
	if (x.rep == R_UNKNOWN)
		return x;
	need(is_numeric(x) && x.rep != R_COMPLEX, "MakeImag", x);
	return mk_complex(p, mk_int64(0), x);
}

/* ==================================================================== */
/* Looking at numbers through GMP and MPFR                                */
/* ==================================================================== */

/* An int64 read as a GMP integer without allocating. */
typedef struct ZView {
	mp_limb_t limb;
	mpz_t z;
} ZView;

static mpz_srcptr zview(Const x, ZView *v)
{
	if (x.rep == R_INT)
		return ZOF(x);
	int64_t i = x.u.i;
	v->limb = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
	return mpz_roinit_n(v->z, &v->limb, i == 0 ? 0 : i < 0 ? -1 : 1);
}

/* x (an Int or Float fraction) as a fraction, in q (initialised). */
static void get_q(mpq_ptr q, Const x)
{
	switch (x.rep) {
	case R_INT64: mpq_set_si(q, x.u.i, 1); break;
	case R_INT: mpq_set_z(q, ZOF(x)); break;
	case R_RAT: mpq_set(q, QOF(x)); break;
	default: need(false, "fraction view", x);
	}
}

/* x (any real number) as a 512-bit float, in f, rounded as go/constant's
 * i64tof, itof and rtof round. */
static void get_f(mpfr_ptr f, Const x)
{
	switch (x.rep) {
	case R_INT64: mpfr_set_si(f, x.u.i, MPFR_RNDN); break;
	case R_INT: fl_range(f, mpfr_set_z(f, ZOF(x), MPFR_RNDN)); break;
	case R_RAT: fl_range(f, mpfr_set_q(f, QOF(x), MPFR_RNDN)); break;
	case R_FLOAT: mpfr_set(f, FOF(x), MPFR_RNDN); break;
	default: need(false, "float view", x);
	}
}

static mpq_srcptr qview(Const x, mpq_ptr tmp)
{
	if (x.rep == R_RAT)
		return QOF(x);
	get_q(tmp, x);
	return tmp;
}

static mpfr_srcptr fview(Const x, mpfr_ptr tmp)
{
	if (x.rep == R_FLOAT)
		return FOF(x);
	get_f(tmp, x);
	return tmp;
}

/* go/constant's smallFloat: a float whose exponent is within 2^±4096. */
static bool small_float(mpfr_srcptr f)
{
	if (mpfr_zero_p(f))
		return true;
	if (!mpfr_number_p(f))
		return false;
	long e = mpfr_get_exp(f);
	return -MAX_FRAC < e && e < MAX_FRAC;
}

/* ---- rounding to float64 and float32 --------------------------------- */

/* An exact real: a float or a fraction. */
typedef struct Exact {
	mpfr_srcptr f;
	mpq_srcptr q;
} Exact;

static int set_exact(mpfr_ptr t, Exact x, mpfr_rnd_t rnd)
{
	return x.f ? mpfr_set(t, x.f, rnd) : mpfr_set_q(t, x.q, rnd);
}

/* An IEEE binary format: mantissa bits, and the exponents (0.5 <= m < 1)
 * of the smallest normal and the largest finite number. */
typedef struct BinFormat {
	int mbits;
	long emin, emax;
} BinFormat;
static const BinFormat binary64 = {53, -1021, 1024};
static const BinFormat binary32 = {24, -125, 128};

/* The number of format fmt nearest to x (ties to even, subnormals
 * included), as a double; *exact tells whether it equals x.  from_rat
 * keeps math/big's Rat quirk: below half the smallest subnormal the
 * result is 0 yet "exact" when x fits in mbits bits. */
static double round_binary(Exact x, const BinFormat *fmt, bool from_rat, bool *exact)
{
	int sgn = x.f ? mpfr_sgn(x.f) : mpq_sgn(x.q);
	if (sgn == 0) {
		*exact = true;
		return 0.0;
	}
	/* Truncation keeps the exponent and tells whether |x| is 2^(e-1). */
	mpfr_t t;
	mpfr_init2(t, 2);
	int tern = set_exact(t, x, MPFR_RNDZ);
	long e = mpfr_get_exp(t);
	bool half = tern == 0 && mpfr_cmp_si_2exp(t, sgn, e - 1) == 0;
	long p = fmt->mbits;
	if (e < fmt->emin)
		p -= fmt->emin - e;   /* subnormal: fewer bits */
	double r;
	if (p <= 0) {
		/* p == 0: |x| is in [half the smallest subnormal, the smallest) */
		r = p == 0 && !half ? ldexp(1.0, (int)(fmt->emin - fmt->mbits)) : 0.0;
		*exact = false;
		if (from_rat && p < 0) {
			mpfr_set_prec(t, fmt->mbits);
			*exact = set_exact(t, x, MPFR_RNDN) == 0;
		}
	} else {
		mpfr_set_prec(t, p);
		tern = set_exact(t, x, MPFR_RNDN);
		if (mpfr_get_exp(t) > fmt->emax) {
			r = INFINITY;
			*exact = false;
		} else {
			r = fabs(mpfr_get_d(t, MPFR_RNDN));
			*exact = tern == 0;
		}
	}
	mpfr_clear(t);
	return sgn < 0 ? -r : r;
}

/* math/big's Float.Float64 and Float32 first subtract 1 from the
 * exponent in int32 arithmetic, which wraps for the smallest exponent:
 * the value then converts to an infinity, or, if rounding to the
 * format's precision carries into the next exponent, to zero. */
static double min_exp_binary(mpfr_srcptr f, const BinFormat *fmt, bool *exact)
{
	mpfr_t t;
	mpfr_init2(t, fmt->mbits);
	mpfr_set(t, f, MPFR_RNDN);
	bool carried = mpfr_get_exp(t) != EXP_MIN;
	mpfr_clear(t);
	*exact = false;
	double r = carried ? 0.0 : INFINITY;
	return mpfr_sgn(f) < 0 ? -r : r;
}

/* Float64Val and Float32Val. */
static double to_binary(Const x, const BinFormat *fmt, bool *exact)
{
	switch (x.rep) {
	case R_UNKNOWN:
		*exact = false;
		return 0.0;
	case R_INT64: {
		/* hardware conversion; exact if it converts back (2^63 does not) */
		int64_t i = x.u.i;
		double d = fmt == &binary64 ? (double)i : (double)(float)i;
		*exact = d < 0x1p63 && (int64_t)d == i;
		return d;
	}
	case R_INT: {
		/* via a 512-bit float, exactness judged against it */
		mpfr_t f;
		mpfr_init2(f, FPREC);
		get_f(f, x);
		double d = round_binary((Exact){f, NULL}, fmt, false, exact);
		mpfr_clear(f);
		return d;
	}
	case R_RAT:
		return round_binary((Exact){NULL, QOF(x)}, fmt, true, exact);
	case R_FLOAT:
		if (mpfr_regular_p(FOF(x)) && mpfr_get_exp(FOF(x)) == EXP_MIN)
			return min_exp_binary(FOF(x), fmt, exact);
		return round_binary((Exact){FOF(x), NULL}, fmt, false, exact);
	}
	need(false, "Float64Val", x);
	return 0;
}

double const_float64_val(Const x, bool *exact)
{
	fl_begin();
	bool ex;
	double d = to_binary(x, &binary64, &ex);
	if (exact)
		*exact = ex;
	return d;
}

float const_float32_val(Const x, bool *exact)
{
	fl_begin();
	bool ex;
	float f = (float)to_binary(x, &binary32, &ex);
	if (exact)
		*exact = ex;
	return f;
}

/* ==================================================================== */
/* Literals                                                               */
/* ==================================================================== */

/* A number literal taken apart the way math/big's scanners take it
 * apart (which for Go's own literal syntax is Go's reading). */
typedef struct NumLit {
	bool neg;
	int base;          /* of the mantissa: 2, 8, 10 or 16 */
	char *digits;      /* mantissa digits without '_' and '.'; may be "" */
	size_t ndigits;
	int64_t fcount;    /* minus the number of digits after the radix point */
	int ebase;         /* 10 ('e' or none) or 2 ('p') */
	int64_t exp;
	char small[64];
} NumLit;

static void numlit_free(NumLit *L)
{
	if (L->digits != L->small)
		free(L->digits);
}

static int digit_value(int c)
{
	if ('0' <= c && c <= '9')
		return c - '0';
	if ('a' <= c && c <= 'z')
		return c - 'a' + 10;
	if ('A' <= c && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}

/* Scan s[0:n] whole.  With frac (float literals) a radix point and an
 * exponent may follow and a leading 0 is decimal, else it means octal.
 * '_' may separate digits, and follow a base prefix. */
static bool scan_number(const char *s, size_t n, bool frac, NumLit *L)
{
	size_t i = 0;
	memset(L, 0, offsetof(NumLit, small));
	L->digits = n < sizeof L->small ? L->small : xmalloc(n + 1);
	L->ebase = 10;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		L->neg = s[i++] == '-';

	int prev = '.';          /* '0' after a digit, '_' after a separator */
	bool badsep = false, octal0 = false, point_ok = frac;
	int64_t count = 0, dp = -1;
	int base = 10;
	if (i < n && s[i] == '0') {
		prev = '0';
		count = 1;
		i++;
		if (i < n) {
			switch (s[i]) {
			case 'b': case 'B': base = 2; break;
			case 'o': case 'O': base = 8; break;
			case 'x': case 'X': base = 16; break;
			default:
				if (!frac) {
					base = 8;
					octal0 = true;
				}
			}
			if (base != 10) {
				count = 0;
				if (!octal0)
					i++;
			}
		}
	}
	for (; i < n; i++) {
		int c = (unsigned char)s[i];
		if (c == '.' && point_ok) {
			point_ok = false;
			if (prev == '_')
				badsep = true;
			prev = '.';
			dp = count;
		} else if (c == '_') {
			if (prev != '0')
				badsep = true;
			prev = '_';
		} else if (digit_value(c) < base) {
			prev = '0';
			count++;
			L->digits[L->ndigits++] = (char)c;
		} else {
			break;
		}
	}
	L->digits[L->ndigits] = 0;
	if (badsep || prev == '_')
		return false;
	if (count == 0) {
		if (!octal0)
			return false;   /* no digits */
		base = 10;          /* a lone "0" */
	}
	L->base = base;
	L->fcount = dp >= 0 ? dp - count : 0;

	if (frac && i < n && (s[i] == 'e' || s[i] == 'E' || s[i] == 'p' || s[i] == 'P')) {
		L->ebase = s[i] == 'p' || s[i] == 'P' ? 2 : 10;
		i++;
		bool eneg = false, any = false;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			eneg = s[i++] == '-';
		uint64_t v = 0;
		bool big = false;
		prev = '.';
		for (; i < n; i++) {
			int c = (unsigned char)s[i];
			if ('0' <= c && c <= '9') {
				if (v > (UINT64_MAX - 9) / 10)
					big = true;
				else
					v = v * 10 + (uint64_t)(c - '0');
				prev = '0';
				any = true;
			} else if (c == '_') {
				if (prev != '0')
					return false;
				prev = '_';
			} else {
				break;
			}
		}
		if (!any || prev == '_')
			return false;
		/* strconv.ParseInt's range */
		if (big || v > (uint64_t)INT64_MAX + eneg)
			return false;
		L->exp = eneg ? (int64_t)(0 - v) : (int64_t)v;
	}
	return i == n;
}

static void numlit_mant(mpz_ptr z, const NumLit *L)
{
	if (L->ndigits == 0 || mpz_set_str(z, L->digits, L->base) != 0)
		mpz_set_ui(z, 0);
}

/* Go's int64 arithmetic wraps; math/big's exponent sums rely on it. */
static int64_t wrap_add(int64_t a, int64_t b)
{
	return (int64_t)((uint64_t)a + (uint64_t)b);
}

static int64_t wrap_mul(int64_t a, int64_t b)
{
	return (int64_t)((uint64_t)a * (uint64_t)b);
}

/* The binary and decimal exponents of the literal's value:
 * value = mant * 2^exp2 * 5^exp5, with mant the digits as an integer. */
static void numlit_exps(const NumLit *L, int64_t *exp2, int64_t *exp5)
{
	int64_t e2 = 0, e5 = 0, d = L->fcount;
	switch (L->base) {
	case 10: e5 = d; e2 = d; break;
	case 2: e2 = d; break;
	case 8: e2 = wrap_mul(d, 3); break;
	case 16: e2 = wrap_mul(d, 4); break;
	}
	if (L->ebase == 10)
		e5 = wrap_add(e5, L->exp);
	e2 = wrap_add(e2, L->exp);
	*exp2 = e2;
	*exp5 = e5;
}

/* 5^n as math/big's Float.pow5 makes it, at z's precision. */
static void fl_pow5(mpfr_ptr z, uint64_t n)
{
	uint64_t p = 1;
	if (n <= 27) {
		while (n--)
			p *= 5;
		mpfr_set_ui(z, p, MPFR_RNDN);
		return;
	}
	for (int k = 0; k < 27; k++)
		p *= 5;
	mpfr_set_ui(z, p, MPFR_RNDN);
	n -= 27;
	mpfr_t f;
	mpfr_init2(f, mpfr_get_prec(z) + 64);
	mpfr_set_ui(f, 5, MPFR_RNDN);
	while (n > 0) {
		if (n & 1)
			fl_range(z, mpfr_mul(z, z, f, MPFR_RNDN));
		fl_range(f, mpfr_mul(f, f, f, MPFR_RNDN));
		n >>= 1;
	}
	mpfr_clear(f);
}

/* The literal as math/big's Float.SetString reads it at 512 bits, into
 * z; false when its binary exponent is out of range. */
static bool numlit_float(mpfr_ptr z, const NumLit *L, mpz_srcptr mant)
{
	if (mpz_sgn(mant) == 0) {
		mpfr_set_zero(z, L->neg ? -1 : 1);
		return true;
	}
	int64_t bits = (int64_t)mpz_sizeinbase(mant, 2), exp2, exp5;
	numlit_exps(L, &exp2, &exp5);
	exp2 = wrap_add(exp2, bits);
	if (exp2 < EXP_MIN || exp2 > EXP_MAX)
		return false;
	mpfr_t m;   /* the mantissa exactly, scaled to exponent exp2 */
	mpfr_init2(m, bits);
	mpfr_set_z(m, mant, MPFR_RNDN);
	mpfr_set_exp(m, exp2);
	if (exp5 == 0) {
		fl_range(z, mpfr_set(z, m, MPFR_RNDN));
	} else {
		mpfr_t p;
		mpfr_init2(p, FPREC + 64);
		fl_pow5(p, exp5 < 0 ? 0 - (uint64_t)exp5 : (uint64_t)exp5);
		if (exp5 < 0)
			fl_range(z, mpfr_div(z, m, p, MPFR_RNDN));
		else
			fl_range(z, mpfr_mul(z, m, p, MPFR_RNDN));
		mpfr_clear(p);
	}
	mpfr_clear(m);
	if (L->neg)
		mpfr_neg(z, z, MPFR_RNDN);
	return true;
}

/* The literal as math/big's Rat.SetString reads it: exactly, unless the
 * exponents exceed its limits. */
static bool numlit_rat(mpq_ptr q, const NumLit *L, mpz_srcptr mant)
{
	mpq_set_z(q, mant);
	if (mpz_sgn(mant) == 0)
		return true;
	int64_t exp2, exp5;
	numlit_exps(L, &exp2, &exp5);
	if (exp5 == INT64_MIN || llabs(exp5) > 1000000)
		return false;
	if (exp2 < -10000000 || exp2 > 10000000)
		return false;
	mpz_t t;
	mpz_init(t);
	if (exp5 != 0) {
		mpz_ui_pow_ui(t, 5, (unsigned long)llabs(exp5));
		if (exp5 > 0)
			mpz_mul(mpq_numref(q), mpq_numref(q), t);
		else
			mpz_set(mpq_denref(q), t);
	}
	if (exp2 > 0)
		mpz_mul_2exp(mpq_numref(q), mpq_numref(q), (mp_bitcnt_t)exp2);
	else if (exp2 < 0)
		mpz_mul_2exp(mpq_denref(q), mpq_denref(q), (mp_bitcnt_t)-exp2);
	mpz_clear(t);
	mpq_canonicalize(q);
	if (L->neg)
		mpq_neg(q, q);
	return true;
}

/* go/constant's makeFloatFromLiteral: read as a 512-bit float; if that
 * is within 2^±4096, read again as an exact fraction. */
static Const float_from_lit(ConstPool *p, const char *s, size_t n)
{
	NumLit L;
	if (!scan_number(s, n, true, &L)) {
		numlit_free(&L);
		return unknown();
	}
	mpz_t mant;
	mpz_init(mant);
	numlit_mant(mant, &L);
	Const c = unknown();
	mpq_t q;
	mpq_init(q);

	/* The common case: clearly within 2^±4000, skip the float. */
	int64_t exp2, exp5;
	numlit_exps(&L, &exp2, &exp5);
	double lg = (double)exp2 + (double)exp5 * 2.321928094887362 +
		(double)mpz_sizeinbase(mant, 2);
	if (mpz_sgn(mant) != 0 && fabs(lg) < 4000 && llabs(exp5) <= 1000000 &&
			llabs(exp2) <= 10000000 && numlit_rat(q, &L, mant)) {
		c = mk_ratcell(p, q);
	} else {
		mpfr_t f;
		mpfr_init2(f, FPREC);
		if (numlit_float(f, &L, mant)) {
			if (small_float(f)) {
				if (mpfr_zero_p(f)) {
					mpq_set_ui(q, 0, 1);
					c = mk_ratcell(p, q);
				} else if (numlit_rat(q, &L, mant)) {
					c = mk_ratcell(p, q);
				} else {
					c = mk_float(p, f);
				}
			} else {
				c = mk_float(p, f);
			}
		}
		mpfr_clear(f);
	}
	mpq_clear(q);
	mpz_clear(mant);
	numlit_free(&L);
	return c;
}

static Const int_from_lit(ConstPool *p, const char *s, size_t n)
{
	NumLit L;
	Const c = unknown();
	if (scan_number(s, n, false, &L)) {
		/* fast path: fits in 64 bits */
		uint64_t v = 0;
		bool big = false;
		for (size_t i = 0; i < L.ndigits && !big; i++) {
			uint64_t d = (uint64_t)digit_value((unsigned char)L.digits[i]);
			if (v > (UINT64_MAX - d) / (uint64_t)L.base)
				big = true;
			else
				v = v * (uint64_t)L.base + d;
		}
		if (!big && v <= (uint64_t)INT64_MAX + L.neg) {
			c = mk_int64(L.neg ? (int64_t)(0 - v) : (int64_t)v);
		} else {
			mpz_t z;
			mpz_init(z);
			numlit_mant(z, &L);
			if (L.neg)
				mpz_neg(z, z);
			c = mk_int(p, z);
			mpz_clear(z);
		}
	}
	numlit_free(&L);
	return c;
}

/* ---- runes and strings ------------------------------------------------ */

/* Decode one UTF-8 sequence of s[0:n] (n > 0) as Go's utf8.DecodeRune
 * does: an invalid or short sequence is U+FFFD of width 1. */
static size_t decode_utf8(const unsigned char *s, size_t n, uint32_t *r)
{
	unsigned c = s[0];
	if (c < 0x80) {
		*r = c;
		return 1;
	}
	size_t w;
	unsigned lo = 0x80, hi = 0xBF;
	uint32_t v;
	if (c >= 0xC2 && c <= 0xDF) {
		w = 2;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		w = 3;
		v = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;   /* no surrogates */
	} else if (c >= 0xF0 && c <= 0xF4) {
		w = 4;
		v = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;   /* at most U+10FFFF */
	} else {
		*r = 0xFFFD;
		return 1;
	}
	if (n < w || s[1] < lo || s[1] > hi) {
		*r = 0xFFFD;
		return 1;
	}
	v = v << 6 | (s[1] & 0x3F);
	for (size_t i = 2; i < w; i++) {
		if (s[i] < 0x80 || s[i] > 0xBF) {
			*r = 0xFFFD;
			return 1;
		}
		v = v << 6 | (s[i] & 0x3F);
	}
	*r = v;
	return w;
}

static bool valid_rune(uint32_t r)
{
	return r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF);
}

/* One character of a quoted literal's body s[0:n] (strconv.UnquoteChar):
 * its value, whether it stands for UTF-8 bytes (else for one byte), and
 * its width; false for a syntax error. */
static bool unquote_char(const char *s, size_t n, char quote, uint32_t *r, bool *multibyte, size_t *width)
{
	if (n == 0)
		return false;
	unsigned char c = (unsigned char)s[0];
	*multibyte = false;
	if (c == quote)
		return false;
	if (c >= 0x80) {
		*width = decode_utf8((const unsigned char *)s, n, r);
		*multibyte = true;
		return true;
	}
	if (c != '\\') {
		*r = c;
		*width = 1;
		return true;
	}
	if (n < 2)
		return false;
	c = (unsigned char)s[1];
	size_t w = 2;
	uint32_t v = 0;
	switch (c) {
	case 'a': v = '\a'; break;
	case 'b': v = '\b'; break;
	case 'f': v = '\f'; break;
	case 'n': v = '\n'; break;
	case 'r': v = '\r'; break;
	case 't': v = '\t'; break;
	case 'v': v = '\v'; break;
	case 'x': case 'u': case 'U': {
		size_t k = c == 'x' ? 2 : c == 'u' ? 4 : 8;
		if (n < 2 + k)
			return false;
		for (size_t j = 0; j < k; j++) {
			int d = digit_value((unsigned char)s[2 + j]);
			if (d >= 16)
				return false;
			v = v << 4 | (uint32_t)d;
		}
		w += k;
		if (c != 'x') {
			if (!valid_rune(v))
				return false;
			*multibyte = true;
		}
		break;
	}
	case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
		if (n < 4)
			return false;
		v = c - '0';
		for (size_t j = 2; j < 4; j++) {
			if (s[j] < '0' || s[j] > '7')
				return false;
			v = v << 3 | (uint32_t)(s[j] - '0');
		}
		if (v > 255)
			return false;
		w = 4;
		break;
	case '\\':
		v = '\\';
		break;
	case '\'': case '"':
		if (c != (unsigned char)quote)
			return false;
		v = c;
		break;
	default:
		return false;
	}
	*r = v;
	*width = w;
	return true;
}

/* strconv.Unquote of a string literal, into a new string value. */
static Const string_from_lit(ConstPool *p, const char *s, size_t n)
{
	if (n < 2)
		return unknown();
	char quote = s[0];
	if (quote == '`') {
		const char *end = memchr(s + 1, '`', n - 1);
		if (end != s + n - 1)
			return unknown();
		char *out = arena_alloc(&p->arena, n);
		size_t k = 0;
		for (size_t i = 1; i < n - 1; i++)
			if (s[i] != '\r')
				out[k++] = s[i];
		ConstStr *str = arena_alloc(&p->arena, sizeof *str);
		str->len = k;
		str->data = out;
		str->pool = p;
		Const c = {.rep = R_STRING};
		c.u.str = str;
		return c;
	}
	if (quote != '"' && quote != '\'')
		return unknown();
	if (quote == '"' && s[n - 1] == '"') {
		/* most strings are plain ASCII without escapes: their bytes */
		size_t i = 1;
		while (i < n - 1) {
			unsigned char ch = (unsigned char)s[i];
			if (ch >= 0x80 || ch == '\\' || ch == '"' || ch == '\n')
				break;
			i++;
		}
		if (i == n - 1) {
			char *out = arena_alloc(&p->arena, n - 1);
			memcpy(out, s + 1, n - 2);
			ConstStr *str = arena_alloc(&p->arena, sizeof *str);
			str->len = n - 2;
			str->data = out;
			str->pool = p;
			Const c = {.rep = R_STRING};
			c.u.str = str;
			return c;
		}
	}
	/* Escapes never grow: \x, \ooo and \u (6 bytes for 3) shrink, and an
	 * invalid byte (1) becomes U+FFFD (3 bytes): allow for that. */
	char *out = arena_alloc(&p->arena, 3 * n + 1);
	size_t k = 0, i = 1;
	while (i < n && s[i] != quote) {
		uint32_t r;
		bool mb;
		size_t w;
		if (s[i] == '\n' || !unquote_char(s + i, n - i, quote, &r, &mb, &w))
			return unknown();
		if (r < 0x80 || !mb)
			out[k++] = (char)r;
		else
			k += (size_t)uni_encode_utf8(out + k, r);
		i += w;
		if (quote == '\'')
			break;
	}
	if (i != n - 1 || s[i] != quote)
		return unknown();
	ConstStr *str = arena_alloc(&p->arena, sizeof *str);
	str->len = k;
	str->data = out;
	str->pool = p;
	Const c = {.rep = R_STRING};
	c.u.str = str;
	return c;
}

Const const_from_literal(ConstPool *p, LitKind kind, const char *lit, size_t n)
{
	fl_begin();
	switch (kind) {
	case LIT_INT:
		return int_from_lit(p, lit, n);
	case LIT_FLOAT:
		return float_from_lit(p, lit, n);
	case LIT_IMAG:
		if (n > 0 && lit[n - 1] == 'i')
			return mk_complex(p, mk_int64(0), float_from_lit(p, lit, n - 1));
		return unknown();
	case LIT_RUNE: {
		/* the first character between the quotes; go/constant ignores
		 * the rest and the quotes themselves */
		uint32_t r;
		bool mb;
		size_t w;
		if (n >= 2 && unquote_char(lit + 1, n - 2, '\'', &r, &mb, &w))
			return mk_int64(r);
		return unknown();
	}
	case LIT_STRING:
		return string_from_lit(p, lit, n);
	}
	return unknown();
}

/* ==================================================================== */
/* Reading values                                                         */
/* ==================================================================== */

ConstKind const_kind(Const x)
{
	switch (x.rep) {
	case R_BOOL: return CONST_BOOL;
	case R_STRING: return CONST_STRING;
	case R_INT64: case R_INT: return CONST_INT;
	case R_RAT: case R_FLOAT: return CONST_FLOAT;
	case R_COMPLEX: return CONST_COMPLEX;
	}
	return CONST_UNKNOWN;
}

bool const_bool_val(Const x)
{
	if (x.rep == R_UNKNOWN)
		return false;
	need(x.rep == R_BOOL, "BoolVal", x);
	return x.u.b;
}

/* Build a concatenation's bytes once, left to right, without recursion
 * (chains of + are as deep as they are long). */
static void str_flatten(ConstStr *s)
{
	if (s->data)
		return;
	char *out = arena_alloc(&s->pool->arena, s->len + 1);
	size_t k = 0;
	PtrVec stack = {0};
	vec_push(&stack, s);
	while (stack.len > 0) {
		ConstStr *t = stack.data[--stack.len];
		if (t->data) {
			memcpy(out + k, t->data, t->len);
			k += t->len;
		} else {
			vec_push(&stack, t->r);
			vec_push(&stack, t->l);
		}
	}
	vec_free(&stack);
	if (k != s->len)
		fatal_internal("str_flatten: %zu bytes, want %zu", k, s->len);
	s->data = out;
	s->l = s->r = NULL;
}

const char *const_string_val(Const x, size_t *len)
{
	if (x.rep == R_UNKNOWN) {
		*len = 0;
		return "";
	}
	need(x.rep == R_STRING, "StringVal", x);
	str_flatten(x.u.str);
	*len = x.u.str->len;
	return x.u.str->data;
}

/* |x| mod 2^64 for a big integer. */
static uint64_t low64(mpz_srcptr z)
{
	return mpz_size(z) == 0 ? 0 : (uint64_t)mpz_getlimbn(z, 0);
}

int64_t const_int64_val(Const x, bool *exact)
{
	bool ex = false;
	int64_t v = 0;
	switch (x.rep) {
	case R_UNKNOWN:
		break;
	case R_INT64:
		v = x.u.i;
		ex = true;
		break;
	case R_INT: {
		uint64_t u = low64(ZOF(x));
		v = mpz_sgn(ZOF(x)) < 0 ? (int64_t)(0 - u) : (int64_t)u;
		break;
	}
	default:
		need(false, "Int64Val", x);
	}
	if (exact)
		*exact = ex;
	return v;
}

uint64_t const_uint64_val(Const x, bool *exact)
{
	bool ex = false;
	uint64_t v = 0;
	switch (x.rep) {
	case R_UNKNOWN:
		break;
	case R_INT64:
		v = (uint64_t)x.u.i;
		ex = x.u.i >= 0;
		break;
	case R_INT:
		v = low64(ZOF(x));
		ex = mpz_sgn(ZOF(x)) >= 0 && mpz_size(ZOF(x)) <= 1;
		break;
	default:
		need(false, "Uint64Val", x);
	}
	if (exact)
		*exact = ex;
	return v;
}

int const_sign(Const x)
{
	switch (x.rep) {
	case R_UNKNOWN: return 1;
	case R_INT64: return x.u.i < 0 ? -1 : x.u.i > 0;
	case R_INT: return mpz_sgn(ZOF(x));
	case R_RAT: return mpq_sgn(QOF(x));
	case R_FLOAT: return mpfr_sgn(FOF(x));
	case R_COMPLEX:
		/* go/constant ORs the signs: nonzero iff x is */
		return const_sign(x.u.pair->re) | const_sign(x.u.pair->im);
	}
	need(false, "Sign", x);
	return 0;
}

int64_t const_bitlen(Const x)
{
	switch (x.rep) {
	case R_UNKNOWN:
		return 0;
	case R_INT64: {
		uint64_t u = x.u.i < 0 ? 0 - (uint64_t)x.u.i : (uint64_t)x.u.i;
		return u == 0 ? 0 : 64 - __builtin_clzll(u);
	}
	case R_INT:
		return (int64_t)mpz_sizeinbase(ZOF(x), 2);
	}
	need(false, "BitLen", x);
	return 0;
}

/* Numerator (want_num) or denominator. */
static Const num_or_denom(ConstPool *p, Const x, bool want_num)
{
	fl_begin();
	switch (x.rep) {
	case R_UNKNOWN:
		return x;
	case R_INT64: case R_INT:
		return want_num ? x : mk_int64(1);
	case R_RAT: {
		mpz_t z;
		mpz_init_set(z, want_num ? mpq_numref(QOF(x)) : mpq_denref(QOF(x)));
		Const c = mk_int(p, z);
		mpz_clear(z);
		return c;
	}
	case R_FLOAT: {
		if (!small_float(FOF(x)))
			return unknown();
		mpq_t q;
		mpq_init(q);
		mpfr_get_q(q, FOF(x));
		Const c = mk_int(p, want_num ? mpq_numref(q) : mpq_denref(q));
		mpq_clear(q);
		return c;
	}
	}
	need(false, "Num/Denom", x);
	return x;
}

Const const_num(ConstPool *p, Const x)
{
	return num_or_denom(p, x, true);
}

Const const_denom(ConstPool *p, Const x)
{
	return num_or_denom(p, x, false);
}

Const const_real(Const x)
{
	if (x.rep == R_COMPLEX)
		return x.u.pair->re;
	need(x.rep == R_UNKNOWN || is_numeric(x), "Real", x);
	return x;
}

Const const_imag(Const x)
{
	if (x.rep == R_COMPLEX)
		return x.u.pair->im;
	if (x.rep == R_UNKNOWN)
		return x;
	need(is_numeric(x), "Imag", x);
	return mk_int64(0);
}

/* ==================================================================== */
/* Conversions                                                            */
/* ==================================================================== */

/* f as an integer in a new value, if it is one. */
static bool float_int(ConstPool *p, mpfr_srcptr f, Const *out)
{
	if (!mpfr_integer_p(f))
		return false;
	mpz_t z;
	mpz_init(z);
	mpfr_get_z(z, f, MPFR_RNDN);
	*out = mk_int(p, z);
	mpz_clear(z);
	return true;
}

Const const_to_int(ConstPool *p, Const x)
{
	fl_begin();
	switch (x.rep) {
	case R_INT64: case R_INT:
		return x;
	case R_RAT:
		if (mpz_cmp_ui(mpq_denref(QOF(x)), 1) == 0) {
			mpz_t z;
			mpz_init_set(z, mpq_numref(QOF(x)));
			Const c = mk_int(p, z);
			mpz_clear(z);
			return c;
		}
		break;
	case R_FLOAT: {
		/* Huge floats are not made into integers.  A float a few bits
		 * away from an integer is taken to be that integer gone astray
		 * in rounding (go/constant tries 4 bits either way). */
		mpfr_srcptr f = FOF(x);
		if (!small_float(f))
			break;
		Const c;
		if (float_int(p, f, &c))
			return c;
		mpfr_t t;
		mpfr_init2(t, FPREC - 4);
		bool ok = false;
		mpfr_set(t, f, MPFR_RNDZ);
		ok = float_int(p, t, &c);
		if (!ok) {
			mpfr_set(t, f, MPFR_RNDA);
			ok = float_int(p, t, &c);
		}
		mpfr_clear(t);
		if (ok)
			return c;
		break;
	}
	case R_COMPLEX: {
		Const re = const_to_float(p, x);
		if (re.rep == R_RAT || re.rep == R_FLOAT)
			return const_to_int(p, re);
		break;
	}
	}
	return unknown();
}

Const const_to_float(ConstPool *p, Const x)
{
	fl_begin();
	switch (x.rep) {
	case R_INT64: case R_INT: {
		if (x.rep == R_INT && mpz_sizeinbase(ZOF(x), 2) >= MAX_FRAC) {
			mpfr_t f;
			mpfr_init2(f, FPREC);
			get_f(f, x);
			Const c = mk_floatcell(p, f);
			mpfr_clear(f);
			return c;
		}
		mpq_t q;
		mpq_init(q);
		get_q(q, x);
		Const c = mk_ratcell(p, q);
		mpq_clear(q);
		return c;
	}
	case R_RAT: case R_FLOAT:
		return x;
	case R_COMPLEX:
		if (const_sign(x.u.pair->im) == 0)
			return const_to_float(p, x.u.pair->re);
		break;
	}
	return unknown();
}

Const const_to_complex(ConstPool *p, Const x)
{
	if (x.rep == R_COMPLEX)
		return x;
	if (is_numeric(x))
		return mk_complex(p, x, mk_int64(0));
	return unknown();
}

/* ==================================================================== */
/* Operations                                                             */
/* ==================================================================== */

Const const_unary(ConstPool *p, Op op, Const y, unsigned prec)
{
	if (y.rep == R_UNKNOWN)
		return y;
	switch (op) {
	case OP_ADD:
		need(is_numeric(y), "unary +", y);
		return y;
	case OP_SUB:
		if (y.rep >= R_RAT)
			fl_begin();
		switch (y.rep) {
		case R_INT64:
			if (y.u.i != INT64_MIN)
				return mk_int64(-y.u.i);
			/* fall through */
		case R_INT: {
			ZView v;
			mpz_t z;
			mpz_init(z);
			mpz_neg(z, zview(y, &v));
			Const c = mk_int(p, z);
			mpz_clear(z);
			return c;
		}
		case R_RAT: {
			mpq_t q;
			mpq_init(q);
			mpq_neg(q, QOF(y));
			Const c = mk_rat(p, q);
			mpq_clear(q);
			return c;
		}
		case R_FLOAT: {
			mpfr_t f;
			mpfr_init2(f, FPREC);
			mpfr_neg(f, FOF(y), MPFR_RNDN);
			Const c = mk_float(p, f);
			mpfr_clear(f);
			return c;
		}
		case R_COMPLEX:
			return mk_complex(p, const_unary(p, OP_SUB, y.u.pair->re, 0),
				const_unary(p, OP_SUB, y.u.pair->im, 0));
		}
		break;
	case OP_XOR:
		/* an unsigned type's complement keeps only its prec bits */
		if (y.rep == R_INT64 && prec == 0)
			return mk_int64(~y.u.i);
		if (y.rep == R_INT64 && prec < 64)
			return mk_int64((int64_t)(~(uint64_t)y.u.i & ((UINT64_C(1) << prec) - 1)));
		if (y.rep == R_INT64 || y.rep == R_INT) {
			ZView v;
			mpz_t z;
			mpz_init(z);
			mpz_com(z, zview(y, &v));
			if (prec > 0)
				mpz_fdiv_r_2exp(z, z, prec);
			Const c = mk_int(p, z);
			mpz_clear(z);
			return c;
		}
		break;
	case OP_NOT:
		if (y.rep == R_BOOL)
			return const_make_bool(!y.u.b);
		break;
	default:
		break;
	}
	fatal_internal("constant: invalid unary operation (op %d) on representation %d",
		(int)op, y.rep);
}

static _Noreturn void bad_binary(Const x, int op, Const y)
{
	fatal_internal("constant: invalid binary operation (op %d) on representations %d, %d",
		op, x.rep, y.rep);
}

static Const binop(ConstPool *p, Const x, int op, Const y);

static Const int_binop(ConstPool *p, Const x, int op, Const y)
{
	if (x.rep == R_INT64 && y.rep == R_INT64) {
		int64_t a = x.u.i, b = y.u.i, c;
		switch (op) {
		case OP_ADD:
			if (!__builtin_add_overflow(a, b, &c))
				return mk_int64(c);
			break;
		case OP_SUB:
			if (!__builtin_sub_overflow(a, b, &c))
				return mk_int64(c);
			break;
		case OP_MUL:
			if (!__builtin_mul_overflow(a, b, &c))
				return mk_int64(c);
			break;
		case OP_DIV:
			break;
		case OPX_QUO_INT:
			if (b == 0)
				return unknown();
			/* Go's int64 division wraps here, and go/constant with it */
			return mk_int64(b == -1 ? (int64_t)(0 - (uint64_t)a) : a / b);
		case OP_REM:
			if (b == 0)
				return unknown();
			return mk_int64(b == -1 ? 0 : a % b);
		case OP_AND: return mk_int64(a & b);
		case OP_OR: return mk_int64(a | b);
		case OP_XOR: return mk_int64(a ^ b);
		case OP_ANDNOT: return mk_int64(a & ~b);
		default: bad_binary(x, op, y);
		}
	}
	ZView xv, yv;
	mpz_srcptr a = zview(x, &xv), b = zview(y, &yv);
	if ((op == OP_DIV || op == OPX_QUO_INT || op == OP_REM) && mpz_sgn(b) == 0)
		return unknown();
	if (op == OP_DIV) {
		/* exact division of integers gives a fraction */
		mpq_t q;
		mpq_init(q);
		mpz_set(mpq_numref(q), a);
		mpz_set(mpq_denref(q), b);
		mpq_canonicalize(q);
		Const c = mk_rat(p, q);
		mpq_clear(q);
		return c;
	}
	mpz_t z;
	mpz_init(z);
	switch (op) {
	case OP_ADD: mpz_add(z, a, b); break;
	case OP_SUB: mpz_sub(z, a, b); break;
	case OP_MUL: mpz_mul(z, a, b); break;
	case OPX_QUO_INT: mpz_tdiv_q(z, a, b); break;
	case OP_REM: mpz_tdiv_r(z, a, b); break;
	case OP_AND: mpz_and(z, a, b); break;
	case OP_OR: mpz_ior(z, a, b); break;
	case OP_XOR: mpz_xor(z, a, b); break;
	case OP_ANDNOT:
		mpz_com(z, b);
		mpz_and(z, a, z);
		break;
	default:
		mpz_clear(z);
		bad_binary(x, op, y);
	}
	Const c = mk_int(p, z);
	mpz_clear(z);
	return c;
}

static Const rat_binop(ConstPool *p, Const x, int op, Const y)
{
	mpq_t tx, ty, q;
	mpq_inits(tx, ty, q, NULL);
	mpq_srcptr a = qview(x, tx), b = qview(y, ty);
	Const c = unknown();
	switch (op) {
	case OP_ADD: mpq_add(q, a, b); break;
	case OP_SUB: mpq_sub(q, a, b); break;
	case OP_MUL: mpq_mul(q, a, b); break;
	case OP_DIV:
		if (mpq_sgn(b) == 0)
			goto out;
		mpq_div(q, a, b);
		break;
	default:
		bad_binary(x, op, y);
	}
	c = mk_rat(p, q);
out:
	mpq_clears(tx, ty, q, NULL);
	return c;
}

static Const float_binop(ConstPool *p, Const x, int op, Const y)
{
	mpfr_t tx, ty, f;
	mpfr_inits2(FPREC, tx, ty, f, (mpfr_ptr)0);
	mpfr_srcptr a = fview(x, tx), b = fview(y, ty);
	Const c = unknown();
	switch (op) {
	case OP_ADD: fl_range(f, mpfr_add(f, a, b, MPFR_RNDN)); break;
	case OP_SUB: fl_range(f, mpfr_sub(f, a, b, MPFR_RNDN)); break;
	case OP_MUL: fl_range(f, mpfr_mul(f, a, b, MPFR_RNDN)); break;
	case OP_DIV:
		if (mpfr_zero_p(b))
			goto out;
		fl_range(f, mpfr_div(f, a, b, MPFR_RNDN));
		break;
	default:
		bad_binary(x, op, y);
	}
	c = mk_float(p, f);
out:
	mpfr_clears(tx, ty, f, (mpfr_ptr)0);
	return c;
}

static Const complex_binop(ConstPool *p, Const x, int op, Const y)
{
	Const a = const_real(x), b = const_imag(x);
	Const c = const_real(y), d = const_imag(y);
	Const re, im;
	switch (op) {
	case OP_ADD:
		re = binop(p, a, OP_ADD, c);
		im = binop(p, b, OP_ADD, d);
		break;
	case OP_SUB:
		re = binop(p, a, OP_SUB, c);
		im = binop(p, b, OP_SUB, d);
		break;
	case OP_MUL: {
		/* (ac - bd) + (bc + ad)i */
		Const ac = binop(p, a, OP_MUL, c), bd = binop(p, b, OP_MUL, d);
		Const bc = binop(p, b, OP_MUL, c), ad = binop(p, a, OP_MUL, d);
		re = binop(p, ac, OP_SUB, bd);
		im = binop(p, bc, OP_ADD, ad);
		break;
	}
	case OP_DIV: {
		/* ((ac + bd) + (bc - ad)i) / (cc + dd), in go/constant's order */
		Const ac = binop(p, a, OP_MUL, c), bd = binop(p, b, OP_MUL, d);
		Const bc = binop(p, b, OP_MUL, c), ad = binop(p, a, OP_MUL, d);
		Const cc = binop(p, c, OP_MUL, c), dd = binop(p, d, OP_MUL, d);
		Const s = binop(p, cc, OP_ADD, dd);
		re = binop(p, binop(p, ac, OP_ADD, bd), OP_DIV, s);
		im = binop(p, binop(p, bc, OP_SUB, ad), OP_DIV, s);
		break;
	}
	default:
		bad_binary(x, op, y);
	}
	return mk_complex(p, re, im);
}

static Const str_concat(ConstPool *p, Const x, Const y)
{
	ConstStr *s = arena_alloc(&p->arena, sizeof *s);
	s->len = x.u.str->len + y.u.str->len;
	s->l = x.u.str;
	s->r = y.u.str;
	s->pool = p;
	Const c = {.rep = R_STRING};
	c.u.str = s;
	return c;
}

static Const binop(ConstPool *p, Const x, int op, Const y)
{
	if (x.rep == R_UNKNOWN || y.rep == R_UNKNOWN)
		return unknown();
	if (!is_numeric(x) || !is_numeric(y)) {
		if (x.rep != y.rep)
			bad_binary(x, op, y);
		if (x.rep == R_BOOL && op == OP_ANDAND)
			return const_make_bool(x.u.b && y.u.b);
		if (x.rep == R_BOOL && op == OP_OROR)
			return const_make_bool(x.u.b || y.u.b);
		if (x.rep == R_STRING && op == OP_ADD)
			return str_concat(p, x, y);
		bad_binary(x, op, y);
	}
	int rep = x.rep > y.rep ? x.rep : y.rep;
	if (op == OPX_QUO_INT && rep > R_INT)
		bad_binary(x, op, y);
	if (rep >= R_RAT || op == OP_DIV)
		fl_begin();
	switch (rep) {
	case R_INT64: case R_INT: return int_binop(p, x, op, y);
	case R_RAT: return rat_binop(p, x, op, y);
	case R_FLOAT: return float_binop(p, x, op, y);
	default: return complex_binop(p, x, op, y);
	}
}

Const const_binary(ConstPool *p, Const x, Op op, Const y)
{
	return binop(p, x, op, y);
}

Const const_quo_int(ConstPool *p, Const x, Const y)
{
	return binop(p, x, OPX_QUO_INT, y);
}

Const const_shift(ConstPool *p, Const x, Op op, uint64_t s)
{
	if (x.rep == R_UNKNOWN)
		return x;
	if ((x.rep != R_INT64 && x.rep != R_INT) || (op != OP_SHL && op != OP_SHR))
		fatal_internal("constant: invalid shift (op %d) of representation %d", (int)op, x.rep);
	if (s == 0)
		return x;
	if (op == OP_SHR && x.rep == R_INT64) {
		/* arithmetic: rounds toward -infinity */
		int64_t v = x.u.i;
		if (s >= 64)
			return mk_int64(v < 0 ? -1 : 0);
		return mk_int64(v < 0 ? ~(~v >> s) : v >> s);
	}
	if (op == OP_SHL && x.rep == R_INT64) {
		int64_t v = x.u.i;
		if (v == 0)
			return x;
		if (s < 63 && v > 0 && v <= (INT64_MAX >> s))
			return mk_int64(v << s);
		if (s < 63 && v < 0 && v >= -(INT64_C(1) << (63 - s)))
			return mk_int64((int64_t)((uint64_t)v << s));
	}
	if (op == OP_SHL && s > CONST_MAX_SHIFT)
		return unknown();
	ZView v;
	mpz_t z;
	mpz_init(z);
	if (op == OP_SHL)
		mpz_mul_2exp(z, zview(x, &v), s);
	else
		mpz_fdiv_q_2exp(z, zview(x, &v), s);
	Const c = mk_int(p, z);
	mpz_clear(z);
	return c;
}

static bool cmp_result(int c, Op op)
{
	switch (op) {
	case OP_EQL: return c == 0;
	case OP_NEQ: return c != 0;
	case OP_LSS: return c < 0;
	case OP_LEQ: return c <= 0;
	case OP_GTR: return c > 0;
	case OP_GEQ: return c >= 0;
	default: fatal_internal("constant: invalid comparison (op %d)", (int)op);
	}
}

bool const_compare(Const x, Op op, Const y)
{
	if (x.rep == R_UNKNOWN || y.rep == R_UNKNOWN) {
		/* go/constant widens an Unknown compared with a Complex to the
		 * complex (Unknown + 0i), whose parts then compare unequal */
		return op == OP_NEQ && (x.rep == R_COMPLEX || y.rep == R_COMPLEX);
	}
	if (!is_numeric(x) || !is_numeric(y)) {
		if (x.rep != y.rep)
			fatal_internal("constant: comparison of representations %d, %d", x.rep, y.rep);
		if (x.rep == R_BOOL) {
			if (op != OP_EQL && op != OP_NEQ)
				fatal_internal("constant: ordered comparison of booleans");
			return cmp_result(x.u.b != y.u.b, op);
		}
		size_t xn, yn;
		const char *xs = const_string_val(x, &xn), *ys = const_string_val(y, &yn);
		int c = memcmp(xs, ys, xn < yn ? xn : yn);
		if (c == 0)
			c = xn < yn ? -1 : xn > yn;
		return cmp_result(c, op);
	}
	int rep = x.rep > y.rep ? x.rep : y.rep;
	int c;
	if (rep >= R_FLOAT)
		fl_begin();
	switch (rep) {
	case R_INT64:
		c = x.u.i < y.u.i ? -1 : x.u.i > y.u.i;
		break;
	case R_INT: {
		ZView xv, yv;
		c = mpz_cmp(zview(x, &xv), zview(y, &yv));
		break;
	}
	case R_RAT: {
		mpq_t tx, ty;
		mpq_inits(tx, ty, NULL);
		c = mpq_cmp(qview(x, tx), qview(y, ty));
		mpq_clears(tx, ty, NULL);
		break;
	}
	case R_FLOAT: {
		/* a fraction is rounded to 512 bits first, as go/constant does */
		mpfr_t tx, ty;
		mpfr_inits2(FPREC, tx, ty, (mpfr_ptr)0);
		c = mpfr_cmp(fview(x, tx), fview(y, ty));
		mpfr_clears(tx, ty, (mpfr_ptr)0);
		break;
	}
	default: {
		if (op != OP_EQL && op != OP_NEQ)
			fatal_internal("constant: ordered comparison of complex values");
		bool eq = const_compare(const_real(x), OP_EQL, const_real(y)) &&
			const_compare(const_imag(x), OP_EQL, const_imag(y));
		return op == OP_EQL ? eq : !eq;
	}
	}
	return cmp_result(c, op);
}

/* Whether x*x, computed as go/constant does, is zero. */
static bool square_zero(Const x)
{
	switch (x.rep) {
	case R_INT64: return x.u.i == 0;
	case R_INT: return false;
	case R_RAT: return mpq_sgn(QOF(x)) == 0;
	case R_FLOAT: {
		mpfr_t f;
		mpfr_init2(f, FPREC);
		fl_range(f, mpfr_mul(f, FOF(x), FOF(x), MPFR_RNDN));
		bool z = mpfr_zero_p(f);
		mpfr_clear(f);
		return z;
	}
	}
	return false;
}

bool const_complex_divisor_zero(Const y)
{
	fl_begin();
	if (!is_numeric(y))
		return false;
	return square_zero(const_real(y)) && square_zero(const_imag(y));
}

/* ==================================================================== */
/* Text                                                                   */
/* ==================================================================== */

typedef struct Buf {
	char *s;
	size_t len, cap;
} Buf;

static void buf_grow(Buf *b, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = 2 * (b->len + n + 1);
		b->s = xrealloc(b->s, b->cap);
	}
}

static void buf_add(Buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = 0;
}

static void buf_puts(Buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static void buf_printf(Buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

static void buf_mpz(Buf *b, mpz_srcptr z)
{
	size_t n = mpz_sizeinbase(z, 10) + 2;
	buf_grow(b, n);
	mpz_get_str(b->s + b->len, 10, z);
	b->len += strlen(b->s + b->len);
}

/* strconv.Quote */
static void buf_quote(Buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	buf_grow(b, n + 2);
	buf_add(b, "\"", 1);
	for (size_t i = 0; i < n;) {
		uint32_t r;
		size_t w = decode_utf8((const unsigned char *)s + i, n - i, &r);
		char e[12];
		int k = 0;
		if (w == 1 && r == 0xFFFD) {
			unsigned char c = (unsigned char)s[i];
			e[k++] = '\\', e[k++] = 'x', e[k++] = hex[c >> 4], e[k++] = hex[c & 15];
		} else {
			k = uni_quote_rune(e, r, '"');
		}
		buf_add(b, e, (size_t)k);
		i += w;
	}
	buf_add(b, "\"", 1);
}

/* log10(2) as the float64 Go computes for math.Ln2/math.Ln10. */
static const double log10_2 = 0x1.34413509f79ffp-2;

/* 10^y for |y| < 1, decomposed as Go's math.Pow(10, y) decomposes it (an
 * exponential of y*ln 10 with |y| <= 0.5, times a power of two), so that
 * const_string's last digit matches gc's wherever libm's exp agrees with
 * Go's. */
static double go_pow10(double y)
{
	if (y == 0)
		return 1;
	if (y == 0.5)
		return sqrt(10);
	if (y == -0.5)
		return 1 / sqrt(10);
	double yf = fabs(y), a = 1;
	int e2 = 0;
	bool up = yf > 0.5;
	if (up)
		yf -= 1;
	a = exp(yf * log(10));
	if (up) {
		a *= 0.625;   /* 10 = 0.625 * 2^4 */
		e2 = 4;
	}
	if (y < 0) {
		a = 1 / a;
		e2 = -e2;
	}
	return ldexp(a, e2);
}

/* A float's short form: %.6g when it is within float64's range, else an
 * approximate decimal mantissa and exponent. */
static void buf_float_short(Buf *b, mpfr_srcptr f)
{
	bool exact;
	double x = round_binary((Exact){f, NULL}, &binary64, false, &exact);
	if ((mpfr_zero_p(f) != 0) == (x == 0) && !isinf(x)) {
		buf_printf(b, "%.6g", x);
		return;
	}
	long e2 = mpfr_get_exp(f);
	mpfr_t mant;
	mpfr_init2(mant, mpfr_get_prec(f));
	mpfr_set(mant, f, MPFR_RNDN);
	mpfr_set_exp(mant, 0);
	double m = mpfr_get_d(mant, MPFR_RNDN);   /* 0.5 <= |m| <= 1 */
	mpfr_clear(mant);
	double d = (double)e2 * log10_2;
	int64_t e = (int64_t)d;
	m *= go_pow10(d - (double)e);
	double am = fabs(m);
	if (am < 0.9999995) {
		/* so that %.6g cannot round m*10 up to 10 */
		m *= 10;
		e--;
	} else if (am >= 10) {
		m /= 10;
		e++;
	}
	buf_printf(b, "%.6ge%+" PRId64, m, e);
}

/* math/big's %p: "0x." hex mantissa "p" exponent, 0.5 <= mantissa < 1. */
static void buf_float_p(Buf *b, mpfr_srcptr f)
{
	if (mpfr_zero_p(f)) {
		buf_puts(b, "0");
		return;
	}
	mpz_t m;
	mpz_init(m);
	mpfr_get_z_2exp(m, f);
	mpz_abs(m, m);
	size_t bits = mpz_sizeinbase(m, 2);
	mpz_mul_2exp(m, m, (4 - bits % 4) % 4);   /* align the top bit to a hex digit */
	if (mpfr_sgn(f) < 0)
		buf_puts(b, "-");
	buf_puts(b, "0x.");
	size_t at = b->len;
	buf_grow(b, mpz_sizeinbase(m, 16) + 2);
	mpz_get_str(b->s + at, 16, m);
	b->len = at + strlen(b->s + at);
	while (b->len > at && b->s[b->len - 1] == '0')
		b->len--;
	b->s[b->len] = 0;
	buf_printf(b, "p%+ld", (long)mpfr_get_exp(f));
	mpz_clear(m);
}

static void buf_rat_float(Buf *b, mpq_srcptr q)
{
	mpfr_t f;
	mpfr_init2(f, FPREC);
	fl_range(f, mpfr_set_q(f, q, MPFR_RNDN));
	buf_float_short(b, f);
	mpfr_clear(f);
}

static void buf_const(Buf *b, Const x, bool exact)
{
	fl_begin();
	switch (x.rep) {
	case R_UNKNOWN:
		buf_puts(b, "unknown");
		return;
	case R_BOOL:
		buf_puts(b, x.u.b ? "true" : "false");
		return;
	case R_STRING: {
		size_t n;
		const char *s = const_string_val(x, &n);
		size_t at = b->len;
		buf_quote(b, s, n);
		if (exact)
			return;
		/* cut to MAX_QUOTED-3 runes and "..." if longer than MAX_QUOTED */
		size_t runes = 0, cut = 0;
		for (size_t i = at; i < b->len; i++) {
			if (((unsigned char)b->s[i] & 0xC0) != 0x80) {
				if (runes == MAX_QUOTED - 3)
					cut = i;
				runes++;
			}
		}
		if (runes > MAX_QUOTED) {
			b->len = cut;
			buf_puts(b, "...");
		}
		return;
	}
	case R_INT64:
		buf_printf(b, "%" PRId64, x.u.i);
		return;
	case R_INT:
		buf_mpz(b, ZOF(x));
		return;
	case R_RAT:
		if (!exact) {
			buf_rat_float(b, QOF(x));
		} else {
			buf_mpz(b, mpq_numref(QOF(x)));
			if (mpz_cmp_ui(mpq_denref(QOF(x)), 1) != 0) {
				buf_puts(b, "/");
				buf_mpz(b, mpq_denref(QOF(x)));
			}
		}
		return;
	case R_FLOAT:
		if (exact)
			buf_float_p(b, FOF(x));
		else
			buf_float_short(b, FOF(x));
		return;
	case R_COMPLEX:
		buf_puts(b, "(");
		buf_const(b, x.u.pair->re, exact);
		buf_puts(b, " + ");
		buf_const(b, x.u.pair->im, exact);
		buf_puts(b, "i)");
		return;
	}
	fatal_internal("constant: representation %d", x.rep);
}

const char *const_repr_name(Const x)
{
	static const char *const names[] = {
		[R_UNKNOWN] = "unknown", [R_BOOL] = "bool", [R_STRING] = "string",
		[R_INT64] = "int64", [R_INT] = "int", [R_RAT] = "rat",
		[R_FLOAT] = "float", [R_COMPLEX] = "complex",
	};
	return x.rep < NELEM(names) ? names[x.rep] : "?";
}

char *const_string(Const x)
{
	Buf b = {0};
	buf_const(&b, x, false);
	return b.s;
}

char *const_exact_string(Const x)
{
	Buf b = {0};
	buf_const(&b, x, true);
	return b.s;
}

/* ==================================================================== */
/* Copying                                                                */
/* ==================================================================== */

Const const_copy(ConstPool *p, Const x)
{
	fl_begin();
	switch (x.rep) {
	case R_INT: {
		ConstCell *c = new_cell(p, R_INT);
		mpz_set(c->v.z, ZOF(x));
		return mk_cell(c);
	}
	case R_RAT: {
		ConstCell *c = new_cell(p, R_RAT);
		mpq_set(c->v.q, QOF(x));
		return mk_cell(c);
	}
	case R_FLOAT: {
		ConstCell *c = new_cell(p, R_FLOAT);
		mpfr_set(c->v.f, FOF(x), MPFR_RNDN);
		return mk_cell(c);
	}
	case R_STRING: {
		size_t n;
		const char *s = const_string_val(x, &n);
		return mk_string(p, s, n);
	}
	case R_COMPLEX:
		return mk_complex(p, const_copy(p, x.u.pair->re), const_copy(p, x.u.pair->im));
	}
	return x;
}

/* ==================================================================== */
/* Representability (go/types representableConst)                         */
/* ==================================================================== */

/* x rounded to float32 (single) or float64, as a Float; false if that
 * overflows to an infinity. */
static bool round_float(ConstPool *p, Const x, bool single, Const *out)
{
	double d = single ? (double)const_float32_val(x, NULL) : const_float64_val(x, NULL);
	if (isinf(d))
		return false;
	if (out)
		*out = const_make_float64(p, d);
	return true;
}

static bool int_fits(Const v, ConstType t, int wordsize)
{
	int wbits = 8 * wordsize;
	if (v.rep == R_INT64) {
		int64_t x = v.u.i;
		int s;
		switch (t) {
		case CT_INT: s = wbits; break;
		case CT_INT8: s = 8; break;
		case CT_INT16: s = 16; break;
		case CT_INT32: s = 32; break;
		case CT_INT64: case CT_UNTYPED_INT: case CT_UNTYPED_RUNE: return true;
		case CT_UINT: case CT_UINTPTR:
			return x >= 0 && (wbits >= 64 || x <= (INT64_C(1) << wbits) - 1);
		case CT_UINT8: return x >= 0 && x <= 0xFF;
		case CT_UINT16: return x >= 0 && x <= 0xFFFF;
		case CT_UINT32: return x >= 0 && x <= 0xFFFFFFFF;
		case CT_UINT64: return x >= 0;
		default: fatal_internal("int_fits: type %d", t);
		}
		if (s >= 64)
			return true;
		return x >= -(INT64_C(1) << (s - 1)) && x <= (INT64_C(1) << (s - 1)) - 1;
	}
	/* beyond int64 */
	int64_t n = const_bitlen(v);
	switch (t) {
	case CT_UINT: case CT_UINTPTR: return const_sign(v) >= 0 && n <= wbits;
	case CT_UINT64: return const_sign(v) >= 0 && n <= 64;
	case CT_UNTYPED_INT: case CT_UNTYPED_RUNE: return true;
	default: return false;
	}
}

bool const_representable(ConstPool *p, Const x, ConstType t, int wordsize, Const *rounded)
{
	fl_begin();
	if (x.rep == R_UNKNOWN)
		return true;
	switch (t) {
	case CT_INT: case CT_INT8: case CT_INT16: case CT_INT32: case CT_INT64:
	case CT_UINT: case CT_UINT8: case CT_UINT16: case CT_UINT32: case CT_UINT64:
	case CT_UINTPTR: case CT_UNTYPED_INT: case CT_UNTYPED_RUNE: {
		Const v = const_to_int(p, x);
		if (const_kind(v) != CONST_INT)
			return false;
		if (rounded)
			*rounded = v;
		return int_fits(v, t, wordsize);
	}
	case CT_FLOAT32: case CT_FLOAT64: case CT_UNTYPED_FLOAT: {
		Const v = const_to_float(p, x);
		if (const_kind(v) != CONST_FLOAT)
			return false;
		if (t == CT_UNTYPED_FLOAT)
			return true;
		return round_float(p, v, t == CT_FLOAT32, rounded);
	}
	case CT_COMPLEX64: case CT_COMPLEX128: case CT_UNTYPED_COMPLEX: {
		Const v = const_to_complex(p, x);
		if (const_kind(v) != CONST_COMPLEX)
			return false;
		if (t == CT_UNTYPED_COMPLEX)
			return true;
		bool single = t == CT_COMPLEX64;
		Const re, im;
		if (!round_float(p, const_real(v), single, rounded ? &re : NULL) ||
				!round_float(p, const_imag(v), single, rounded ? &im : NULL))
			return false;
		if (rounded)
			*rounded = const_binary(p, re, OP_ADD, const_make_imag(p, im));
		return true;
	}
	case CT_STRING: case CT_UNTYPED_STRING:
		return x.rep == R_STRING;
	case CT_BOOL: case CT_UNTYPED_BOOL:
		return x.rep == R_BOOL;
	}
	fatal_internal("const_representable: type %d", t);
}
