//go:build mytag && othertag

package constraints

const TaggedOther = 1
