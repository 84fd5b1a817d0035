/*
 * fuzz_lex.c — libFuzzer target for the lexer alone.
 *
 * Tokenizes the input to the end and checks what every token promises:
 * positions never go backwards, a name has its interned symbol, a
 * literal's text lies inside the input, and the lexer makes progress (a
 * token consumes at least one byte, except the ';' inserted at a newline
 * or at the end, so there are at most size + 2 tokens).  A broken promise
 * aborts, which libFuzzer reports as a crash.
 *
 * Run with `make fuzz FUZZ_TARGET=lex`.
 */
#include "goescape.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static void quiet(void *ctx, Pos pos, const char *msg)
{
	(void)ctx;
	(void)pos;
	(void)msg;
}

static void one_input(const uint8_t *data, size_t size)
{
	char *buf = xmalloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = 0;
	uint32_t file = file_add("fuzz.go", buf, size);

	Lexer lx;
	lex_init(&lx, file);
	lx.on_error = quiet;
	Pos last = {file, 1, 1};
	size_t ntok = 0;
	do {
		lex_next(&lx);
		if (++ntok > size + 2)
			fatal_internal("no progress: %zu tokens from %zu bytes", ntok, size);
		if (lx.pos.line < last.line || (lx.pos.line == last.line && lx.pos.col < last.col))
			fatal_internal("position went back from %u:%u to %u:%u", last.line, last.col,
				lx.pos.line, lx.pos.col);
		last = lx.pos;
		if (lx.tok == T_NAME && (!lx.sym || lx.sym->len <= 0))
			fatal_internal("name without a symbol");
		if (lx.tok == T_LITERAL &&
		    (lx.lit < buf || lx.lit + lx.litlen > buf + size))
			fatal_internal("literal text outside the input");
	} while (lx.tok != T_EOF);

	diag_reset();
	file_free_all();
}
