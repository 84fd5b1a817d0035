/*
//go:build never
*/

package constraints

const SlashStar = 1
