/*
 * fuzz.h — what every libFuzzer target here shares: the entry point runs
 * the target's one_input on a big stack, as main.c runs the phases (the
 * parser's depth limit assumes one).  Include it after goescape.h and
 * define one_input.
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <stdint.h>
#include <string.h>

static void one_input(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct fuzz_input {
	const uint8_t *data;
	size_t size;
};

static void fuzz_on_big_stack(void *p)
{
	struct fuzz_input *in = p;
	one_input(in->data, in->size);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_input in = {data, size};
	util_run_on_big_stack(fuzz_on_big_stack, &in);
	return 0;
}

#endif
