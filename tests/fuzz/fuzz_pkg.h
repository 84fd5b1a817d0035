/*
 * fuzz_pkg.h — the one-file package the checker and escape targets build
 * from each input.  Include it after check.h and fuzz.h.
 */
#ifndef FUZZ_PKG_H
#define FUZZ_PKG_H

#include <stdio.h>

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

/*
 * One input as a one-file package `dir/name` (dir may be NULL), the way
 * `goescape check FILE` takes it: parsed (a file with syntax errors stops
 * there, as the loader marks its package broken), checked in a fresh
 * CheckRun whose only other package is "unsafe" (any other import meets
 * the checker's "could not import" path), then handed to `checked`
 * while the Checker is still alive.  Everything is released afterwards:
 * the package's arena, the run, the diagnostics (discarded unprinted)
 * and the file table, so LeakSanitizer sees what one input leaks.
 */
typedef void FuzzChecked(CheckRun *run, Checker *c, SrcPackage *sp);

static inline void fuzz_one_file_package(const uint8_t *data, size_t size, const char *dir,
					 const char *name, FuzzChecked *checked)
{
	char *buf = xmalloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = 0;
	char path[256];
	snprintf(path, sizeof path, "%s%s%s", dir ? dir : "", dir ? "/" : "", name);
	uint32_t fileid = file_add(path, buf, size);

	/* index 0: unsafe, index 1: the package under test */
	SrcPackage unsafe_pkg = {.path = "unsafe", .name = "unsafe", .unsafe = true, .index = 0};
	SrcPackage sp = {.path = "command-line-arguments", .dir = dir, .cmdline = dir != NULL, .index = 1};
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
		checked(&run, &c, &sp);
		check_free(&c);
		check_run_free(&run);
	}
	arena_free(&sp.arena);
	diag_reset();
	file_free_all();
}

#endif
