/* +build never */

package constraints

const Block = 1
