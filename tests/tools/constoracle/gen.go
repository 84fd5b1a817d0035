package main

// The random case generator.  Cases are built type-correct by
// construction (go/constant quietly accepts some ill-typed operations,
// e.g. comparing a bool with an int, that goescape treats as internal
// errors); each one is then evaluated and dropped if go/constant panics.

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
)

type gen struct {
	r   *rand.Rand
	out *bufio.Writer
	// arith caps exponents of literals: math/big adds floats across
	// huge exponent gaps by shifting through a mantissa of that many
	// bits (the literal groups and tests/constant/cases.txt keep them)
	arith bool
}

func generate(out *bufio.Writer, seed int64, scale int) {
	g := &gen{r: rand.New(rand.NewSource(seed)), out: out}
	n := func(k int) int { return k * scale }
	g.many("lit-int", n(1500), func() string { return "desc int:" + g.intLit() })
	g.many("lit-float", n(1500), func() string { return "desc float:" + g.decFloatLit() })
	g.many("lit-float-hex", n(800), func() string { return "desc float:" + g.hexFloatLit() })
	g.many("lit-imag", n(800), func() string { return "desc imag:" + g.imagLit() })
	g.many("lit-rune", n(800), func() string { return "desc rune:" + hexs(g.runeLit()) })
	g.many("lit-string", n(800), func() string { return "desc str:" + hexs(g.strLit()) })
	g.many("make", n(600), func() string { return "desc " + g.makeAtom() })
	g.arith = true
	g.many("arith-int", n(1500), func() string { return "desc " + g.intVal(3) })
	g.many("arith-float", n(1500), func() string { return "desc " + g.floatVal(3) })
	g.many("arith-complex", n(800), func() string { return "desc " + g.complexVal(2) })
	g.many("unary", n(600), func() string { return "desc " + g.unary() })
	g.many("shift", n(800), func() string { return "desc " + g.shift(g.intVal(1)) })
	g.many("compare", n(1500), func() string { return g.compare() })
	g.many("convert", n(1000), func() string { return "desc " + g.convert() })
	g.many("string-ops", n(300), func() string { return "desc " + g.strVal(4) })
	g.many("divide", n(400), func() string { return "desc " + g.divide() })
	g.many("repr", n(3000), func() string { return g.repr() })
	g.boundaries()
}

func (g *gen) many(group string, n int, f func() string) {
	for i := 0; i < n; i++ {
		for try := 0; try < 50; try++ {
			q := f()
			if g.valid(q) {
				fmt.Fprintf(g.out, "%s\t%s\n", group, q)
				break
			}
		}
	}
}

func (g *gen) valid(q string) bool {
	toks := strings.Split(q, " ")
	if toks[0] == "repr" {
		_, err := evalAll(toks[3:])
		return err == "" || err == "divzero"
	}
	res := query(toks)
	return res != "panic" && res != "badcase"
}

func hexs(s string) string { return hex.EncodeToString([]byte(s)) }

func (g *gen) pick(xs ...string) string { return xs[g.r.Intn(len(xs))] }

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

// ---- literals ----------------------------------------------------------

func (g *gen) digits(base, n int, first bool) string {
	const all = "0123456789abcdefABCDEF"
	var b strings.Builder
	for i := 0; i < n; i++ {
		var c byte
		if base == 16 {
			c = all[g.r.Intn(22)]
		} else {
			c = all[g.r.Intn(base)]
		}
		if i == 0 && first && c == '0' {
			c = '1'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// seps puts '_' between some digits.
func (g *gen) seps(ds string) string {
	if len(ds) < 2 || !g.chance(0.2) {
		return ds
	}
	var b strings.Builder
	for i := 0; i < len(ds); i++ {
		if i > 0 && g.chance(0.3) {
			b.WriteByte('_')
		}
		b.WriteByte(ds[i])
	}
	return b.String()
}

func (g *gen) ndigits() int {
	switch x := g.r.Intn(100); {
	case x < 60:
		return 1 + g.r.Intn(18)
	case x < 80:
		return 18 + g.r.Intn(4)
	case x < 95:
		return 22 + g.r.Intn(180)
	default:
		return 200 + g.r.Intn(1300)
	}
}

var intBoundaries = []string{
	"0", "00", "0_0", "9223372036854775807", "9223372036854775808", "9223372036854775809",
	"18446744073709551615", "18446744073709551616", "0x7fffffffffffffff",
	"0x8000000000000000", "0xffffffffffffffff", "0x1_0000_0000_0000_0000",
	"0777777777777777777777", "01000000000000000000000", "0b" + strings.Repeat("1", 64),
	"0o1777777777777777777777", "0X_FF", "0B_1", "0O_7", "0_7", "0_17", "017",
	"1_000_000", "0x1p", "08", "09", "0x", "1__0", "1_", "_1",
}

func (g *gen) intLit() string {
	switch g.r.Intn(11) {
	case 0, 1, 2, 3, 4:
		if g.chance(0.05) {
			return "0"
		}
		return g.seps(g.digits(10, g.ndigits(), true))
	case 5:
		return g.pick("0x", "0X") + g.sepPrefix() + g.seps(g.digits(16, 1+g.ndigits()*5/6, false))
	case 6:
		return g.pick("0o", "0O") + g.sepPrefix() + g.seps(g.digits(8, 1+g.ndigits()*6/5, false))
	case 7:
		return g.pick("0b", "0B") + g.sepPrefix() + g.seps(g.digits(2, 1+g.ndigits()*3, false))
	case 8:
		return "0" + g.sepPrefix() + g.seps(g.digits(8, g.ndigits(), false))
	default:
		return intBoundaries[g.r.Intn(len(intBoundaries))]
	}
}

func (g *gen) sepPrefix() string {
	if g.chance(0.1) {
		return "_"
	}
	return ""
}

func (g *gen) exponent(bin bool) int64 {
	var e int64
	switch x := g.r.Intn(100); {
	case x < 40:
		e = int64(g.r.Intn(26))
	case x < 55:
		if bin {
			e = int64(1000 + g.r.Intn(100)) // float64's range
		} else {
			e = int64(280 + g.r.Intn(50))
		}
	case x < 70:
		if bin {
			e = int64(4070 + g.r.Intn(40)) // fraction/float threshold
		} else {
			e = int64(1215 + g.r.Intn(40))
		}
	case x < 78:
		if bin {
			e = int64(120 + g.r.Intn(35)) // float32's range
		} else {
			e = int64(30 + g.r.Intn(20))
		}
	case x < 88:
		e = int64(4900 + g.r.Intn(200000))
	case x < 98:
		e = g.r.Int63n(10000000)
	default:
		// rare: math/big adds across such exponent gaps slowly
		if bin {
			e = int64(math.MaxInt32) - 50 + g.r.Int63n(100) // math/big's exponent range
		} else {
			e = 646456950 + g.r.Int63n(80)
		}
	}
	if g.arith && e > 100000 {
		e = 100000 + e%1000
	}
	if g.chance(0.5) {
		e = -e
	}
	return e
}

func (g *gen) expText(letter string, e int64) string {
	s := strconv.FormatInt(e, 10)
	if e >= 0 && g.chance(0.3) {
		s = "+" + s
	}
	if g.chance(0.05) {
		s = strings.Replace(s, "1", "1_0", 1)
	}
	return letter + s
}

var floatSpecials = []string{
	"0.", "0.0", ".0", "0e0", "00.0", "0e1000000000", "0e-99999999999", "1e9223372036854775807",
	"1e9223372036854775808", "1e-9223372036854775808", "1e-9223372036854775809", "0123.5",
	"0_1.5", "1_0.0_1", "1e1_0", "1.e5", ".5e-5", "1E+05", "1e-0", "4.9e-324", "2.4703282292062327e-324",
	"2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308", "1.797693134862315808e308",
	"3.4028234e38", "3.40282356779733661637539395458142568448e38", "3.4028235677973366e38",
	"1.401298464324817e-45", "7.006492321624085e-46", "7.006492321624086e-46",
	"1e646456992", "1e646456993", "1e-646456993", "1e-646456992", "1e-646457000", "1e-1000000000",
	"1e-3000000000", "1e3000000000", "0.000001e-646456990", "1e1233", "1e1232", "1e-1233", "1e-1234",
	"1e1000000", "1e-1000000", "6.02214076e23", "3.141592653589793238462643383279502884197",
	"1e100", "1e-100", "123456789e-9", "5e-1", "25e-2", "1e", "1.5.5", "1e+", ".", "1p4", "1.5p-1",
}

func (g *gen) decFloatLit() string {
	if !g.arith && g.chance(0.05) {
		return floatSpecials[g.r.Intn(len(floatSpecials))]
	}
	var ip, fp string
	if g.chance(0.85) {
		ip = g.digits(10, g.ndigits()/2+1, !g.chance(0.1))
		if g.chance(0.1) {
			ip = "0" + ip
		}
	}
	if ip == "" || g.chance(0.7) {
		fp = g.digits(10, g.ndigits()/2+1, false)
	}
	s := g.seps(ip)
	if fp != "" || g.chance(0.3) {
		s += "." + g.seps(fp)
	}
	if s == "" {
		s = "1"
	}
	if !strings.Contains(s, ".") || g.chance(0.6) {
		s += g.expText(g.pick("e", "E"), g.exponent(false))
	}
	return s
}

func (g *gen) hexFloatLit() string {
	n := 1 + g.r.Intn(16)
	if g.chance(0.15) {
		n = 12 + g.r.Intn(140)
	}
	var ip, fp string
	if g.chance(0.8) {
		ip = g.digits(16, 1+g.r.Intn(n), false)
	}
	if ip == "" || g.chance(0.6) {
		fp = g.digits(16, 1+g.r.Intn(n), false)
	}
	s := g.pick("0x", "0X") + g.sepPrefix() + g.seps(ip)
	if fp != "" || g.chance(0.3) {
		s += "." + fp
	}
	if ip == "" && fp == "" {
		s += "1"
	}
	return s + g.expText(g.pick("p", "P"), g.exponent(true))
}

func (g *gen) imagLit() string {
	switch g.r.Intn(8) {
	case 0, 1, 2:
		return g.decFloatLit() + "i"
	case 3:
		return g.hexFloatLit() + "i"
	case 4:
		return g.seps(g.digits(10, g.ndigits(), false)) + "i"
	case 5:
		return g.pick("0x", "0b", "0o", "0X", "0O", "0B", "0") + g.digits(2, 1+g.r.Intn(20), false) + "i"
	default:
		return g.pick("0i", "00i", "0123i", "0_1i", "1e1000000000i", "1e3000000000i", "0x1p-2i",
			"0x1Fi", "0b101i", "0o17i", "1.5e-100000i", ".5i", "1_2.3_4e5_6i", "i", "1")
	}
}

func (g *gen) runeOf() rune {
	switch x := g.r.Intn(100); {
	case x < 30:
		return rune(0x20 + g.r.Intn(0x5f))
	case x < 40:
		return rune(g.r.Intn(0x20))
	case x < 60:
		return rune(0x80 + g.r.Intn(0x780))
	case x < 80:
		return rune(0x800 + g.r.Intn(0xF800))
	case x < 95:
		return rune(0x10000 + g.r.Intn(0x100000))
	default:
		return []rune{0x7f, 0xad, 0x200b, 0x200e, 0x2028, 0xfeff, 0xfffd, 0xe000, 0x10ffff, 0xd800, 0xdfff,
			0x110000, 0x85, 0xa0, 0x3000, 0x1f600, 0x0301}[g.r.Intn(17)]
	}
}

// escape gives one character of a rune (quote ') or string (quote ")
// literal: an escape sequence or the character itself.
func (g *gen) escape(quote byte) string {
	switch x := g.r.Intn(100); {
	case x < 35:
		r := g.runeOf()
		if r == rune(quote) || r == '\\' || r == '\n' {
			return "x"
		}
		return string(r) // invalid runes come out as U+FFFD
	case x < 45:
		return "\\" + g.pick("a", "b", "f", "n", "r", "t", "v", "\\", "'", "\"")
	case x < 60:
		return fmt.Sprintf("\\x%02x", g.r.Intn(256))
	case x < 70:
		return fmt.Sprintf("\\%03o", g.r.Intn(256))
	case x < 82:
		return fmt.Sprintf(g.pick("\\u%04x", "\\u%04X"), g.runeOf()&0xffff)
	case x < 90:
		return fmt.Sprintf("\\U%08x", g.runeOf())
	case x < 95:
		return string([]byte{byte(0x80 + g.r.Intn(0x80))}) // invalid UTF-8
	default:
		return g.pick("\\400", "\\8", "\\x1", "\\u12", "\\q", "\\", "\n", "\r", "\t", "\x00", "\\U00110000", "\\ud800")
	}
}

func (g *gen) runeLit() string {
	if g.chance(0.03) {
		return g.pick("''", "'", "'ab'", "'\\''", "'\"'", "'''", "x'a'", "'a", "'\\0'", "'\\377'", "'\\xff'")
	}
	return "'" + g.escape('\'') + "'"
}

func (g *gen) strLit() string {
	if g.chance(0.3) {
		// raw string
		var b strings.Builder
		b.WriteByte('`')
		n := g.r.Intn(40)
		if g.chance(0.1) {
			n = 60 + g.r.Intn(200)
		}
		for i := 0; i < n; i++ {
			switch g.r.Intn(10) {
			case 0:
				b.WriteString(g.pick("\r", "\r\n", "\n", "\\", "\"", "\t"))
			case 1:
				b.WriteByte(byte(0x80 + g.r.Intn(0x80)))
			default:
				r := g.runeOf()
				if r == '`' {
					r = 'q'
				}
				b.WriteString(string(r))
			}
		}
		b.WriteByte('`')
		if g.chance(0.02) {
			return g.pick("``", "`a`b`", "`", "`\r`")
		}
		return b.String()
	}
	var b strings.Builder
	b.WriteByte('"')
	n := g.r.Intn(30)
	if g.chance(0.15) {
		n = 60 + g.r.Intn(200)
	}
	for i := 0; i < n; i++ {
		b.WriteString(g.escape('"'))
	}
	b.WriteByte('"')
	if g.chance(0.02) {
		return g.pick(`""`, `"`, `"a"b"`, `"\'"`, "'a'", `"\"`)
	}
	return b.String()
}

// ---- values of a given kind ---------------------------------------------

func (g *gen) i64() string {
	switch g.r.Intn(5) {
	case 0:
		return strconv.Itoa(g.r.Intn(200) - 100)
	case 1:
		return strconv.FormatInt(g.r.Int63()>>g.r.Intn(63), 10)
	case 2:
		return strconv.FormatInt(-g.r.Int63()>>g.r.Intn(63), 10)
	default:
		return g.pick("0", "1", "-1", "9223372036854775807", "-9223372036854775808", "-9223372036854775807",
			"4294967295", "4294967296", "-2147483648", "2147483647", "2147483648", "255", "256", "-128", "-129")
	}
}

func (g *gen) u64() string {
	return g.pick(strconv.FormatUint(g.r.Uint64()>>g.r.Intn(64), 10), "18446744073709551615",
		"9223372036854775808", "9223372036854775807", "0")
}

func (g *gen) f64bits() string {
	var b uint64
	switch g.r.Intn(8) {
	case 0:
		b = g.r.Uint64()
	case 1:
		b = g.r.Uint64() & 0x800fffffffffffff // subnormal
	case 2:
		b = math.Float64bits(float64(g.r.Intn(2000) - 1000))
	case 3:
		b = math.Float64bits(float64(float32(g.r.NormFloat64() * math.Pow(10, float64(g.r.Intn(80)-40)))))
	case 4:
		b = math.Float64bits(math.Ldexp(1, g.r.Intn(2100)-1075))
	default:
		b = []uint64{0, 1 << 63, 0x7fefffffffffffff, 0x7ff0000000000000, 0x7ff8000000000001,
			math.Float64bits(math.MaxFloat32), math.Float64bits(math.SmallestNonzeroFloat32),
			0x47efffffefffffff, 0x47effffff0000000, 0x47effffff0000001, 0x36a0000000000000,
			0x36a0000000000001, 0x3690000000000000, 1, 0x000fffffffffffff, 0x0010000000000000,
			math.Float64bits(0.1), math.Float64bits(1e23), math.Float64bits(-2.5)}[g.r.Intn(19)]
	}
	return strconv.FormatUint(b, 16)
}

func (g *gen) makeAtom() string {
	switch g.r.Intn(5) {
	case 0:
		return "i64:" + g.i64()
	case 1:
		return "u64:" + g.u64()
	case 2, 3:
		return "f64:" + g.f64bits()
	default:
		var b []byte
		n := g.r.Intn(120)
		for i := 0; i < n; i++ {
			if g.chance(0.7) {
				b = append(b, string(g.runeOf())...)
			} else {
				b = append(b, byte(g.r.Intn(256)))
			}
		}
		return "s:" + hexs(string(b))
	}
}

func (g *gen) intAtom() string {
	switch g.r.Intn(10) {
	case 0, 1, 2, 3:
		return "int:" + g.intLit()
	case 4, 5:
		return "i64:" + g.i64()
	case 6:
		return "u64:" + g.u64()
	case 7:
		return "rune:" + hexs(g.runeLit())
	case 8:
		return "int:" + g.digits(10, 1000+g.r.Intn(700), true) // around 4096 bits
	default:
		return "toint " + g.floatAtom()
	}
}

func (g *gen) floatAtom() string {
	switch g.r.Intn(10) {
	case 0, 1, 2:
		return "float:" + g.decFloatLit()
	case 3, 4:
		return "float:" + g.hexFloatLit()
	case 5:
		return "f64:" + g.f64bits()
	case 6:
		return "/ " + g.intAtom() + " " + g.intAtom()
	case 7:
		return "tofloat " + g.intAtom()
	case 8:
		// fraction components around the 4096-bit threshold
		return "/ int:" + g.digits(10, 1200+g.r.Intn(100), true) + " int:" + g.digits(10, 1200+g.r.Intn(100), true)
	default:
		return "float:" + g.pick("1e1300", "1e-1300", "1e5000", "1e-5000", "0x1p5000", "0x1.8p-5000",
			"1e100000", "1e-100000", "1.5", "0.1", "1e308", "1e-320", "3", "0.5")
	}
}

func (g *gen) complexAtom() string {
	switch g.r.Intn(4) {
	case 0, 1:
		return "imag:" + g.imagLit()
	case 2:
		return "mkimag " + g.realVal(1)
	default:
		return "tocomplex " + g.realVal(1)
	}
}

func (g *gen) intVal(d int) string {
	if d <= 0 || g.chance(0.35) {
		return g.intAtom()
	}
	switch g.r.Intn(12) {
	case 0, 1, 2, 3, 4, 5:
		op := g.pick("+", "-", "*", "quo", "%", "&", "|", "^", "&^", "+", "-", "*")
		return op + " " + g.intVal(d-1) + " " + g.intVal(d-1)
	case 6:
		return "neg " + g.intVal(d-1)
	case 7:
		return "cpl " + g.pick("0", "0", "8", "16", "32", "64") + " " + g.intVal(d-1)
	case 8:
		return g.shift(g.intVal(d - 1))
	case 9:
		return g.pick("num", "denom") + " " + g.floatVal(d-1)
	case 10:
		return "toint " + g.floatVal(d-1)
	default:
		return g.pick("real", "imag") + " " + g.intVal(d-1)
	}
}

func (g *gen) floatVal(d int) string {
	if d <= 0 || g.chance(0.35) {
		return g.floatAtom()
	}
	switch g.r.Intn(8) {
	case 0, 1, 2, 3, 4:
		op := g.pick("+", "-", "*", "/")
		x, y := g.floatVal(d-1), g.realVal(d-1)
		if g.chance(0.5) {
			x, y = y, x
		}
		return op + " " + x + " " + y
	case 5:
		return "neg " + g.floatVal(d-1)
	case 6:
		return "tofloat " + g.realVal(d-1)
	default:
		return g.pick("real", "imag", "pos") + " " + g.floatVal(d-1)
	}
}

func (g *gen) realVal(d int) string {
	if g.chance(0.5) {
		return g.intVal(d)
	}
	return g.floatVal(d)
}

func (g *gen) numVal(d int) string {
	switch g.r.Intn(3) {
	case 0:
		return g.intVal(d)
	case 1:
		return g.floatVal(d)
	}
	return g.complexVal(d)
}

func (g *gen) complexVal(d int) string {
	if d <= 0 || g.chance(0.3) {
		return g.complexAtom()
	}
	switch g.r.Intn(6) {
	case 0, 1, 2, 3:
		op := g.pick("+", "-", "*", "/")
		x, y := g.complexVal(d-1), g.numVal(d-1)
		if g.chance(0.5) {
			x, y = y, x
		}
		return op + " " + x + " " + y
	case 4:
		return "neg " + g.complexVal(d-1)
	default:
		return "tocomplex " + g.complexVal(d-1)
	}
}

func (g *gen) strVal(d int) string {
	if d <= 0 || g.chance(0.3) {
		if g.chance(0.5) {
			return "str:" + hexs(g.strLit())
		}
		return g.makeAtomString()
	}
	return "+ " + g.strVal(d-1) + " " + g.strVal(d-1)
}

func (g *gen) makeAtomString() string {
	for {
		s := g.makeAtom()
		if strings.HasPrefix(s, "s:") {
			return s
		}
	}
}

func (g *gen) boolVal(d int) string {
	if d <= 0 || g.chance(0.4) {
		switch g.r.Intn(3) {
		case 0:
			return g.pick("bool:true", "bool:false")
		case 1:
			return "cmp"
		}
		return "not " + g.boolVal(d-1)
	}
	return g.pick("&&", "||") + " " + g.boolVal(d-1) + " " + g.boolVal(d-1)
}

func (g *gen) unary() string {
	switch g.r.Intn(6) {
	case 0:
		return "neg " + g.numVal(2)
	case 1:
		return "pos " + g.numVal(2)
	case 2:
		return strings.ReplaceAll(g.boolVal(3), "cmp", "bool:true")
	default:
		return "cpl " + g.pick("0", "8", "16", "32", "64", "7", "65", "128") + " " + g.intVal(2)
	}
}

func (g *gen) shift(x string) string {
	var n int64
	switch v := g.r.Intn(10); {
	case v < 5:
		n = int64(g.r.Intn(70))
	case v < 8:
		n = int64(g.r.Intn(1100))
	default:
		n = int64(g.pick2(511, 512, 513, 1023, 1074, 4095, 4096, 5000))
	}
	if g.chance(0.5) {
		if g.chance(0.1) {
			return ">> " + g.pick("4294967296", "18446744073709551615", "9223372036854775808") + " " + x
		}
		return ">> " + strconv.FormatInt(n, 10) + " " + x
	}
	return "<< " + strconv.FormatInt(n, 10) + " " + x
}

func (g *gen) pick2(xs ...int) int { return xs[g.r.Intn(len(xs))] }

var cmpNames = []string{"==", "!=", "<", "<=", ">", ">="}

func (g *gen) compare() string {
	switch g.r.Intn(10) {
	case 0:
		return "cmp " + g.pick("==", "!=") + " " + g.complexVal(1) + " " + g.numVal(1)
	case 1:
		return "cmp " + g.pick("==", "!=") + " " + g.pick("bool:true", "bool:false") + " " + g.pick("bool:true", "bool:false")
	case 2:
		x := g.strVal(1)
		y := x
		if g.chance(0.6) {
			y = g.strVal(1)
		}
		return "cmp " + cmpNames[g.r.Intn(6)] + " " + x + " " + y
	case 3:
		return "cmp " + cmpNames[g.r.Intn(6)] + " unknown " + g.realVal(1)
	default:
		x := g.realVal(2)
		y := g.realVal(2)
		if g.chance(0.2) {
			y = x
		}
		if g.chance(0.2) {
			y = "tofloat " + x
		}
		return "cmp " + cmpNames[g.r.Intn(6)] + " " + x + " " + y
	}
}

func (g *gen) convert() string {
	switch g.r.Intn(8) {
	case 0:
		return "toint " + g.numVal(2)
	case 1:
		return "tofloat " + g.numVal(2)
	case 2:
		return "tocomplex " + g.numVal(2)
	case 3:
		return g.pick("real", "imag") + " " + g.numVal(2)
	case 4:
		return g.pick("num", "denom") + " " + g.realVal(2)
	case 5:
		return "mkimag " + g.realVal(2)
	case 6:
		// a float that is almost an integer
		return "toint " + g.pick("/", "*") + " " + g.floatVal(1) + " " + g.floatVal(1)
	default:
		return g.pick("toint", "tofloat", "tocomplex") + " " + g.pick("bool:true", "s:61", "unknown")
	}
}

func (g *gen) divide() string {
	zero := g.pick("int:0", "float:0.0", "imag:0i", "f64:8000000000000000", "float:1e-400000000",
		"mkimag float:1e-400000000", "+ float:1e-400000000 imag:0i", "- int:1 int:1")
	x := g.numVal(1)
	switch g.r.Intn(4) {
	case 0:
		return g.pick("/", "quo", "%") + " " + g.intVal(1) + " " + zero
	case 1:
		return "/ " + x + " " + zero
	case 2:
		return "/ " + g.complexVal(1) + " " + g.numVal(1)
	}
	return "/ " + x + " " + x
}

var reprTypes = []string{"int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
	"uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "bool", "string"}

func (g *gen) repr() string {
	t := reprTypes[g.r.Intn(len(reprTypes))]
	w := g.pick("4", "8")
	var v string
	switch g.r.Intn(12) {
	case 0:
		v = g.pick("bool:true", "unknown", "s:616263")
	case 1, 2, 3, 4:
		v = g.intVal(1)
	case 5, 6, 7, 8:
		v = g.floatVal(1)
	default:
		v = g.complexVal(1)
	}
	return "repr " + t + " " + w + " " + v
}

// boundaries: every type at the edges of its range.
func (g *gen) boundaries() {
	vals := []string{"int:0", "float:0.5", "float:-0.5", "imag:1i", "f64:8000000000000000"}
	for _, bits := range []uint{7, 8, 15, 16, 31, 32, 63, 64} {
		p := "<< " + strconv.Itoa(int(bits)) + " int:1"
		for _, v := range []string{p, "- " + p + " int:1", "+ " + p + " int:1", "neg " + p,
			"neg - " + p + " int:1", "neg + " + p + " int:1", "tofloat " + p, "tocomplex " + p,
			"+ tofloat " + p + " float:0.5", "+ " + p + " mkimag float:0.5", "- tofloat " + p + " float:1e-200"} {
			vals = append(vals, v)
		}
	}
	for _, f := range []string{
		"0x1.fffffep127", "0x1.ffffffp127", "0x1.fffffefffffffffffp127", "0x1p128", "0x1p-149", "0x1p-150",
		"0x1.000001p-150", "0x1.8p-149", "0x1.4p-149", "0x1.cp-149", "0x1p-126", "0x1.fffffcp-127",
		"0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1p1024",
		"0x1p-1074", "0x1p-1075", "0x1.00000000000008p-1075", "0x1.8p-1074", "0x1p-1076", "0x1p-1022",
		"0x1.ffffffffffffep-1023", "0x1.fffffffffffffp-1023", "3.4028234663852886e38", "3.4028235677973366e38",
		"3.4028235677973367e38", "1e39", "1e-46", "1e309", "1e-400", "1e-5000", "1e5000", "16777217.0",
		"9007199254740993.0", "9223372036854775807.0", "9223372036854775808.0", "18446744073709551615.0",
		"18446744073709551616.0", "-9223372036854775808.0", "255.0", "255.5", "-128.0", "1e2", "1e-1",
	} {
		vals = append(vals, "float:"+f, "neg float:"+f, "mkimag float:"+f, "+ float:"+f+" imag:1e-300i")
	}
	for _, v := range vals {
		for _, t := range reprTypes {
			for _, w := range []string{"4", "8"} {
				q := "repr " + t + " " + w + " " + v
				if g.valid(q) {
					fmt.Fprintf(g.out, "repr-boundary\t%s\n", q)
				}
			}
		}
	}
	// floats that print through the out-of-float64-range path of String
	for e := 300; e < 100000; e = e*11/10 + 1 {
		for _, m := range []string{"1", "9.99999", "9.999995", "9.9999951", "5", "1.000005"} {
			for _, sign := range []string{"", "-"} {
				fmt.Fprintf(g.out, "format\tdesc float:%s%se%d\n", sign, m, e)
				fmt.Fprintf(g.out, "format\tdesc float:%s%se-%d\n", sign, m, e)
			}
		}
	}
}
