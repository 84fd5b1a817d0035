// skip

// want: SKIP // skip

package p
