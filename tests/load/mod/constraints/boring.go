//go:build boringcrypto

package constraints

const Boring = 1
