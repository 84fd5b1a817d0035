// Command constoracle is the test oracle for goescape's constant
// arithmetic (src/constant.c): it evaluates constant expressions with
// go/constant, and representability with go/types, and prints results in
// the form tests/constant/constant_test.c prints its own.
//
//	constoracle [FILE...]        evaluate the cases in the files (or stdin)
//	constoracle -gen [-seed N] [-scale K]
//	                             print random cases (each one checked to be
//	                             something go/constant accepts)
//
// A case is one line, "GROUP<TAB>QUERY"; the result is one line per case,
// in order.  Blank lines and lines starting with '#' are skipped by both
// sides.  Queries and expressions are prefix notation, tokens separated
// by single spaces:
//
//	desc E          the value: "rep|String|ExactString|details"
//	cmp OP E E      Compare (OP one of == != < <= > >=): true or false
//	repr T W E      representability of E as basic type T (int8 ...
//	                complex128, bool, string) with int/uint/uintptr W bytes
//	                wide (4 or 8): "no", or "ok " and the rounded value's desc
//	cz E            the checker's complex-divisor test: true or false
//
// Expressions:
//
//	int:LIT float:LIT imag:LIT    MakeFromLiteral of the Go literal LIT
//	rune:HEX str:HEX              MakeFromLiteral of the hex-encoded literal
//	i64:N u64:N f64:HEXBITS       MakeInt64, MakeUint64, MakeFloat64
//	s:HEX bool:true bool:false unknown
//	+ - * / % & | ^ &^ && || E E  BinaryOp (/ is token.QUO)
//	quo E E                       BinaryOp with token.QUO_ASSIGN (integer division)
//	neg E, pos E, not E           UnaryOp - + !
//	cpl PREC E                    UnaryOp ^ with precision PREC
//	<< N E, >> N E                Shift
//	toint tofloat tocomplex real imag mkimag num denom E
//
// Division (/, quo, %) by a divisor gc's checker rejects ("division by
// zero": sign 0, or, when either side is complex, both squares of the
// divisor's parts 0) makes the whole case print "divzero".
//
// Representability is not exported by go/types; it is reached through a
// constant conversion T(v.Xi), where package v is made up on the spot
// with a constant per case holding the exact constant.Value.
package main

import (
	"bufio"
	"encoding/hex"
	"flag"
	"fmt"
	"go/constant"
	"go/token"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
)

func main() {
	genMode := flag.Bool("gen", false, "print random cases")
	seed := flag.Int64("seed", 1, "random seed for -gen")
	scale := flag.Int("scale", 1, "multiply the number of random cases by this")
	flag.Parse()
	out := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer out.Flush()
	if *genMode {
		generate(out, *seed, *scale)
		return
	}
	var lines []string
	if flag.NArg() == 0 {
		lines = readLines(os.Stdin)
	} else {
		for _, name := range flag.Args() {
			f, err := os.Open(name)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(2)
			}
			lines = append(lines, readLines(f)...)
			f.Close()
		}
	}
	for _, r := range runCases(lines) {
		fmt.Fprintln(out, r)
	}
}

func readLines(f *os.File) []string {
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		lines = append(lines, line)
	}
	return lines
}

// runCases evaluates every case; representability queries are collected
// and type-checked in one go at the end.
func runCases(lines []string) []string {
	res := make([]string, len(lines))
	var reprs []reprCase
	for i, line := range lines {
		tab := strings.IndexByte(line, '\t')
		if tab < 0 {
			res[i] = "badcase"
			continue
		}
		q := strings.Split(line[tab+1:], " ")
		if q[0] == "repr" && len(q) >= 4 {
			v, err := evalAll(q[3:])
			if err != "" {
				res[i] = err
				continue
			}
			w, _ := strconv.Atoi(q[2])
			reprs = append(reprs, reprCase{i, q[1], w, v})
			continue
		}
		res[i] = query(q)
	}
	representability(reprs, res)
	return res
}

// query evaluates one query; a panic in go/constant is reported as such.
func query(q []string) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = "panic"
		}
	}()
	switch q[0] {
	case "desc":
		v, err := evalAll(q[1:])
		if err != "" {
			return err
		}
		return desc(v)
	case "cz":
		v, err := evalAll(q[1:])
		if err != "" {
			return err
		}
		return strconv.FormatBool(complexDivisorZero(v))
	case "cmp":
		if len(q) < 2 {
			return "badcase"
		}
		op, ok := cmpOps[q[1]]
		if !ok {
			return "badcase"
		}
		p := &parser{toks: q[2:]}
		x := p.expr()
		y := p.expr()
		if p.err != "" {
			return p.err
		}
		if len(p.toks) != 0 {
			return "badcase"
		}
		return strconv.FormatBool(constant.Compare(x, op, y))
	}
	return "badcase"
}

var cmpOps = map[string]token.Token{
	"==": token.EQL, "!=": token.NEQ, "<": token.LSS,
	"<=": token.LEQ, ">": token.GTR, ">=": token.GEQ,
}

var binOps = map[string]token.Token{
	"+": token.ADD, "-": token.SUB, "*": token.MUL, "/": token.QUO,
	"quo": token.QUO_ASSIGN, "%": token.REM, "&": token.AND, "|": token.OR,
	"^": token.XOR, "&^": token.AND_NOT, "&&": token.LAND, "||": token.LOR,
}

type parser struct {
	toks []string
	err  string // "divzero", "badcase", "panic"
}

func evalAll(toks []string) (v constant.Value, err string) {
	defer func() {
		if r := recover(); r != nil {
			v, err = nil, "panic"
		}
	}()
	p := &parser{toks: toks}
	v = p.expr()
	if p.err == "" && len(p.toks) != 0 {
		p.err = "badcase"
	}
	return v, p.err
}

func (p *parser) next() string {
	if len(p.toks) == 0 {
		p.err = "badcase"
		return "unknown"
	}
	t := p.toks[0]
	p.toks = p.toks[1:]
	return t
}

func (p *parser) expr() constant.Value {
	if p.err != "" {
		return constant.MakeUnknown()
	}
	t := p.next()
	if op, ok := binOps[t]; ok {
		x := p.expr()
		y := p.expr()
		if p.err != "" {
			return constant.MakeUnknown()
		}
		if op == token.QUO || op == token.QUO_ASSIGN || op == token.REM {
			if divZero(x, y) {
				p.err = "divzero"
				return constant.MakeUnknown()
			}
		}
		return constant.BinaryOp(x, op, y)
	}
	switch t {
	case "neg", "pos", "not":
		x := p.expr()
		if p.err != "" {
			return x
		}
		op := map[string]token.Token{"neg": token.SUB, "pos": token.ADD, "not": token.NOT}[t]
		return constant.UnaryOp(op, x, 0)
	case "cpl":
		prec, err := strconv.ParseUint(p.next(), 10, 32)
		if err != nil {
			p.err = "badcase"
		}
		x := p.expr()
		if p.err != "" {
			return x
		}
		return constant.UnaryOp(token.XOR, x, uint(prec))
	case "<<", ">>":
		s, err := strconv.ParseUint(p.next(), 10, 64)
		if err != nil {
			p.err = "badcase"
		}
		x := p.expr()
		if p.err != "" {
			return x
		}
		op := token.SHL
		if t == ">>" {
			op = token.SHR
		}
		return constant.Shift(x, op, uint(s))
	case "toint", "tofloat", "tocomplex", "real", "imag", "mkimag", "num", "denom":
		x := p.expr()
		if p.err != "" {
			return x
		}
		switch t {
		case "toint":
			return constant.ToInt(x)
		case "tofloat":
			return constant.ToFloat(x)
		case "tocomplex":
			return constant.ToComplex(x)
		case "real":
			return constant.Real(x)
		case "imag":
			return constant.Imag(x)
		case "mkimag":
			return constant.MakeImag(x)
		case "num":
			return constant.Num(x)
		default:
			return constant.Denom(x)
		}
	case "unknown":
		return constant.MakeUnknown()
	}
	colon := strings.IndexByte(t, ':')
	if colon < 0 {
		p.err = "badcase"
		return constant.MakeUnknown()
	}
	arg := t[colon+1:]
	switch t[:colon] {
	case "int":
		return constant.MakeFromLiteral(arg, token.INT, 0)
	case "float":
		return constant.MakeFromLiteral(arg, token.FLOAT, 0)
	case "imag":
		return constant.MakeFromLiteral(arg, token.IMAG, 0)
	case "rune", "str", "s":
		b, err := hex.DecodeString(arg)
		if err != nil {
			p.err = "badcase"
			return constant.MakeUnknown()
		}
		switch t[:colon] {
		case "rune":
			return constant.MakeFromLiteral(string(b), token.CHAR, 0)
		case "str":
			return constant.MakeFromLiteral(string(b), token.STRING, 0)
		}
		return constant.MakeString(string(b))
	case "i64":
		n, err := strconv.ParseInt(arg, 10, 64)
		if err != nil {
			p.err = "badcase"
		}
		return constant.MakeInt64(n)
	case "u64":
		n, err := strconv.ParseUint(arg, 10, 64)
		if err != nil {
			p.err = "badcase"
		}
		return constant.MakeUint64(n)
	case "f64":
		n, err := strconv.ParseUint(arg, 16, 64)
		if err != nil {
			p.err = "badcase"
		}
		return constant.MakeFloat64(math.Float64frombits(n))
	case "bool":
		return constant.MakeBool(arg == "true")
	}
	p.err = "badcase"
	return constant.MakeUnknown()
}

// divZero is gc's checker's test before it divides x by y.
func divZero(x, y constant.Value) bool {
	if constant.Sign(y) == 0 {
		return true
	}
	if x.Kind() == constant.Complex || y.Kind() == constant.Complex {
		return complexDivisorZero(y)
	}
	return false
}

func complexDivisorZero(y constant.Value) bool {
	switch y.Kind() {
	case constant.Int, constant.Float, constant.Complex:
	default:
		return false
	}
	re, im := constant.Real(y), constant.Imag(y)
	re2, im2 := constant.BinaryOp(re, token.MUL, re), constant.BinaryOp(im, token.MUL, im)
	return constant.Sign(re2) == 0 && constant.Sign(im2) == 0
}

// rep names a value's representation inside go/constant.
func rep(x constant.Value) string {
	switch x.Kind() {
	case constant.Bool:
		return "bool"
	case constant.String:
		return "string"
	case constant.Int:
		if _, ok := constant.Val(x).(int64); ok {
			return "int64"
		}
		return "int"
	case constant.Float:
		if _, ok := constant.Val(x).(*big.Rat); ok {
			return "rat"
		}
		return "float"
	case constant.Complex:
		return "complex(" + rep(constant.Real(x)) + "," + rep(constant.Imag(x)) + ")"
	}
	return "unknown"
}

func brief(x constant.Value) string {
	return rep(x) + ":" + x.ExactString()
}

// desc describes a value with everything the accessors say about it.
func desc(x constant.Value) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s|%s|%s", rep(x), x.String(), x.ExactString())
	switch x.Kind() {
	case constant.Int:
		i, iok := constant.Int64Val(x)
		u, uok := constant.Uint64Val(x)
		f, fok := constant.Float64Val(x)
		g, gok := constant.Float32Val(x)
		fmt.Fprintf(&b, "|i64=%d/%t u64=%d/%t bl=%d sg=%d f64=%016x/%t f32=%08x/%t",
			i, iok, u, uok, constant.BitLen(x), constant.Sign(x),
			math.Float64bits(f), fok, math.Float32bits(g), gok)
	case constant.Float:
		f, fok := constant.Float64Val(x)
		g, gok := constant.Float32Val(x)
		fmt.Fprintf(&b, "|sg=%d f64=%016x/%t f32=%08x/%t toint=%s num=%s den=%s",
			constant.Sign(x), math.Float64bits(f), fok, math.Float32bits(g), gok,
			brief(constant.ToInt(x)), brief(constant.Num(x)), brief(constant.Denom(x)))
	case constant.Complex:
		fmt.Fprintf(&b, "|sg=%d tofloat=%s toint=%s", constant.Sign(x),
			brief(constant.ToFloat(x)), brief(constant.ToInt(x)))
	case constant.String:
		fmt.Fprintf(&b, "|len=%d", len(constant.StringVal(x)))
	}
	return b.String()
}
