//go:build !windows

package pkg

const OS = "other"
