//go:build goexperiment.regabiargs

package constraints

const RegabiArgs = 1
