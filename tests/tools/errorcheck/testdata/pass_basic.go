// errorcheck

// want: PASS
// A type error matched by its ERROR comment; an alternation; a doubled
// comment (////) that disables an ERROR on a line without an error.

package p

var x int = "a" // ERROR "cannot use .a. \(untyped string constant\) as int value"

var y string = 1 // ERROR "gccgo wording|cannot use 1"

var z = 2 //// ERROR "not an expectation"
