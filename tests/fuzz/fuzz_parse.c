/*
 * fuzz_parse.c — libFuzzer target for the lexer and parser.
 *
 * Each input becomes a fresh entry in the file table, is parsed into a
 * fresh arena, and everything is released again: the arena, the buffered
 * diagnostics (discarded unprinted) and the file table, so one run leaves
 * nothing behind for the next.  Interned names are kept; they only grow.
 *
 * Build and run with `make fuzz` (clang -fsanitize=fuzzer,address,undefined).
 */
#include "goescape.h"

#include <string.h>

#include "fuzz.h"

static void one_input(const uint8_t *data, size_t size)
{
	/* The file table owns its data; like util_read_file, NUL-terminate. */
	char *buf = xmalloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = 0;
	uint32_t file = file_add("fuzz.go", buf, size);

	Arena arena = {0};
	Node *tree = parse_file(&arena, file);
	/* main.c treats a NULL tree as a syntax error; there must be one. */
	if (!tree && diag_count() == 0)
		fatal_internal("parse_file returned NULL without reporting an error");
	/* Walk the whole tree as the dump does, so a malformed tree (a NULL
	 * where the dump expects a node) shows as a crash.  The dump's size
	 * grows with the square of the depth: only inputs up to 8 KiB. */
	static FILE *sink;
	if (!sink)
		sink = fopen("/dev/null", "w");
	if (tree && sink && size <= 8192)
		dump_file(sink, tree, DUMP_PRAGMAS);
	arena_free(&arena);

	diag_reset();
	file_free_all();
}
