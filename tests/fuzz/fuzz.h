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

/* A .go file's import paths are string literals; unsafe's is "unsafe"
 * or `unsafe`. */
static inline bool imports_unsafe(Node *file)
{
	for (int j = 0; j < file->u.file.decls.n; j++) {
		Node *decl = file->u.file.decls.v[j];
		if (decl->kind != N_IMPORTDECL)
			continue;
		Node *lit = decl->u.import.path;
		if (!lit || lit->kind != N_BASICLIT || lit->u.lit.kind != LIT_STRING || lit->u.lit.bad)
			continue;
		if (lit->u.lit.len == 8 && memcmp(lit->u.lit.val + 1, "unsafe", 6) == 0)
			return true;
	}
	return false;
}

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
