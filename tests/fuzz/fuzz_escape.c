/*
 * fuzz_escape.c — libFuzzer target for the -m pipeline: irgen, the
 * inliner and escape analysis.
 *
 * Each input is one Go file, taken as a one-file package the way
 * `goescape -m=2 FILE` takes it: parsed, checked (the only package it may
 * import is "unsafe", as in fuzz_check.c), and when it checks without
 * errors built into IR with the inliner on, escape-analysed with -m=2 and
 * its method wrappers after it, as main.c's escape_package runs them.
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

static void one_input(const uint8_t *data, size_t size)
{
	char *buf = xmalloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = 0;
	uint32_t fileid = file_add("/tmp/fuzz/fuzz.go", buf, size);

	/* index 0: unsafe, index 1: the package under test */
	SrcPackage unsafe_pkg = {.path = "unsafe", .name = "unsafe", .unsafe = true, .index = 0};
	SrcPackage sp = {.path = "command-line-arguments", .dir = "/tmp/fuzz", .cmdline = true, .index = 1};
	ParseOpts opts = {.own_text = true};
	Node *file = parse_file_opts(&sp.arena, fileid, &opts);
	if (!file && diag_count() == 0)
		fatal_internal("parse_file returned NULL without reporting an error");
	if (file && file->u.file.nsyntax == 0 && diag_count() == 0) {
		sp.name = file->u.file.pkgname ? file->u.file.pkgname->u.name.sym->name : "";
		sp.gcpath = strcmp(sp.name, "main") == 0 ? "main" : sp.path;
		sp.files = &file;
		sp.fileids = &fileid;
		sp.nfiles = 1;
		PkgImport imp = {.path = "unsafe", .resolved = "unsafe", .pkg = &unsafe_pkg};
		if (imports_unsafe(file)) {
			sp.imports = &imp;
			sp.nimports = 1;
		}

		CheckRun run;
		check_run_init(&run, "amd64", "/usr/lib/go-1.19", 2);
		Checker c;
		check_begin(&run, &c, &unsafe_pkg);     /* records unsafe */
		if (!check_begin(&run, &c, &sp))
			fatal_internal("the package under test is not to be checked");
		check_run_package(&c);
		if (c.nerrors > 0 && diag_count() == 0)
			fatal_internal("the checker counted %d errors but reported none", c.nerrors);
		int nerrors = c.nerrors;
		check_free(&c);
		diag_reset();
		if (nerrors == 0 && run.checked[sp.index]) {
			static FILE *sink;
			if (!sink)
				sink = fopen("/dev/null", "w");
			escape_one(&run, &sp, sink);
		}
		check_run_free(&run);
	}
	arena_free(&sp.arena);
	diag_reset();
	file_free_all();
}
