// Duplicate methods, with their other declaration (types2's
// computeInterfaceTypeSet).
package p

type Plain interface{ M() }

type D interface {
	M()
	M()
}

type E interface {
	Plain
	M(int)
}
