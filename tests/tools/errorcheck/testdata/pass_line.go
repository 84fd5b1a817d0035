// errorcheck

// want: PASS
// LINE-n in a regexp, a continuation line ("\tother declaration") joined
// to its message, and (?s) to let "." cross that line break.

package p

var a int
var a int // ERROR "(?s)a redeclared in this block.*LINE-1:5: other declaration of a"
