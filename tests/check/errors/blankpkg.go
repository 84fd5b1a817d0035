// A package named _ (types2 initFiles).
package _

var x int = "s"
