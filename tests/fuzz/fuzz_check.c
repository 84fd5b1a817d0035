/*
 * fuzz_check.c — libFuzzer target for the type checker.
 *
 * Each input is one Go file, checked as a one-file package the way
 * `goescape check FILE` checks it: parsed (a file with syntax errors
 * stops there, as the loader marks its package broken), then handed to
 * the checker in a fresh TypeCtx and ConstPool, and what it found is
 * printed (to /dev/null) as -dump-all-vars and -dump-exprs print it.  The only package it may
 * import is "unsafe"; any other import meets the checker's "could not
 * import" path.  Everything is released after each input: the package's
 * arena, the TypeCtx, the pool, the diagnostics (discarded unprinted)
 * and the file table, so LeakSanitizer sees what one check leaks.
 *
 * Run with `make fuzz FUZZ_TARGET=check`.
 */
#include "check.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static void one_input(const uint8_t *data, size_t size)
{
	char *buf = xmalloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = 0;
	uint32_t fileid = file_add("fuzz.go", buf, size);

	/* index 0: unsafe, index 1: the package under test */
	SrcPackage unsafe_pkg = {.path = "unsafe", .name = "unsafe", .unsafe = true, .index = 0};
	SrcPackage sp = {.path = "command-line-arguments", .index = 1};
	ParseOpts opts = {.own_text = true};
	Node *file = parse_file_opts(&sp.arena, fileid, &opts);
	if (!file && diag_count() == 0)
		fatal_internal("parse_file returned NULL without reporting an error");
	if (file && file->u.file.nsyntax == 0 && diag_count() == 0) {
		sp.name = file->u.file.pkgname ? file->u.file.pkgname->u.name.sym->name : "";
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
		/* print every object and expression type, as -dump-all-vars
		 * and -dump-exprs do, so type strings of whatever the input
		 * built are exercised too */
		static FILE *sink;
		if (!sink)
			sink = fopen("/dev/null", "w");
		if (sink)
			check_dump(sink, &c);
		check_free(&c);
		check_run_free(&run);
	}
	arena_free(&sp.arena);
	diag_reset();
	file_free_all();
}
