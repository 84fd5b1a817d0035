// Package b has syntax errors in two files.
package b

func G( {
