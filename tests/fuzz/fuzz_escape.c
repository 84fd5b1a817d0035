/*
 * fuzz_escape.c — libFuzzer target for the -m pipeline: irgen, the
 * inliner and escape analysis.
 *
 * Each input is one Go file, taken as a one-file package the way
 * `goescape -m=2 FILE` takes it: parsed and checked as fuzz_check.c does
 * (fuzz_pkg.h), and when it checks without errors built into IR with
 * the inliner on, escape-analysed with -m=2 and its method wrappers
 * after it, as main.c's escape_package runs them.
 * The report goes to /dev/null (report_write, so the path rewriting runs
 * too).  Everything is released after each input, so LeakSanitizer sees
 * what one run leaks.
 *
 * Run with `make fuzz FUZZ_TARGET=escape`.
 */
#include "check.h"
#include "escape.h"
#include "irgen.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "fuzz_pkg.h"

/* main.c's escape_package, its output to sink. */
static void escape_one(CheckRun *ck, SrcPackage *sp, FILE *sink)
{
	const int m = 2;
	Package *pkg = ck->checked[sp->index];
	IrCtx ir = {0};
	ir.types = ck->ctx;
	ir.local = pkg;
	ir.consts = ck->pool;
	IrgenResult res = {0};
	Report rep;
	report_init(&rep, sp->path, sp->dir);
	irgen_package(&ir, sp, pkg, ck->goroot, m, true, &rep, &res);
	esc_funcs(&ir, res.decls, res.ndecls, m, false, &rep);
	backend_package(&ir, &res, m, true, false, &rep);
	if (sink)
		report_write(&rep, sink, "/tmp");
	report_free(&rep);
	irgen_result_free(&res);
	arena_free(&ir.arena);
}

static void escape_checked(CheckRun *run, Checker *c, SrcPackage *sp)
{
	if (c->nerrors > 0 || !run->checked[sp->index])
		return;
	diag_reset();
	static FILE *sink;
	if (!sink)
		sink = fopen("/dev/null", "w");
	escape_one(run, sp, sink);
}

static void one_input(const uint8_t *data, size_t size)
{
	fuzz_one_file_package(data, size, "/tmp/fuzz", "fuzz.go", escape_checked);
}
