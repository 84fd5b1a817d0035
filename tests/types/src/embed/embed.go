// Package embed: promotion through embedded fields, depth, ambiguity,
// pointer receivers, interfaces in structs.
package embed

type Base struct {
	ID   int
	name string
}

func (b Base) Describe() string  { return b.name }
func (b *Base) SetName(n string) { b.name = n }
func (b *Base) id() int          { return b.ID }

type Other struct {
	ID    string
	Extra bool
}

func (Other) Describe() string { return "" }
func (*Other) Reset()          {}

type Wrapper struct {
	Base
	Count int
}

type PtrWrapper struct {
	*Base
	Count int
}

// Ambiguous ID and Describe at depth 1.
type Both struct {
	Base
	Other
}

// Depth decides: ID at depth 0 hides the embedded ones.
type Shadow struct {
	Base
	Other
	ID float64
}

type Deep struct {
	Wrapper
	Level int
}

type DeepPtr struct {
	*PtrWrapper
}

type Logger interface {
	Log(msg string)
	level() int
}

type WithIface struct {
	Logger
	Base
}

type Named struct{ Base }

type Twice struct {
	Named
	Wrapper
}

type Self struct {
	*Self
	V int
}

type Mutual1 struct {
	*Mutual2
	A int
}

type Mutual2 struct {
	*Mutual1
	B int
}

type IntAlias = int

type EmbedBasic struct {
	IntAlias
	string
	*Base
}

type Describer interface {
	Describe() string
}

type Setter interface {
	SetName(string)
}

type DescribeSetter interface {
	Describer
	Setter
}

type PtrNamed *Base

type Grand struct {
	Deep
	*Both
}

func (w Wrapper) Count2() int    { return w.Count }
func (d *Deep) Describe() string { return "deep" }

type WI2 struct {
	WithIface
	Logger
}

func Use() {
	var w Wrapper
	w.SetName("x")
	_ = w.Describe()
	var d Describer = w
	_ = d
	var s Setter = &w
	_ = s
}
