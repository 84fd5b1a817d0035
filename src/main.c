/*
 * main.c — the command line, and the pipeline as a flat list of calls.
 *
 *   goescape parse [-dump] [-e] FILE|DIR...
 *
 * parse reads each named file (a directory stands for its .go files, in
 * name order), parses it and prints syntax errors gc-style on stderr
 * (exit 1).  -dump prints the canonical tree of each file after a
 * "== FILE" line; in that mode a file's errors are printed in place of
 * its tree, on stdout, so the output compares with the oracle helper's.
 * Paths that cannot be read are reported in one sentence each (exit 2).
 */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include "goescape.h"
#include "load.h"
#include "check.h"
#include "escape.h"
#include "irgen.h"
#include "summary.h"
#include "stencil.h"

#include <dirent.h>
#include <pthread.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: goescape parse [-dump [-pragmas]] [-e] [-bench] FILE|DIR...\n"
	"       goescape list [-json] [-deps] [-e] [-tags t1,t2] [-mod=m] PATTERN...\n"
	"       goescape check [-dump-types|-dump-all-vars|-dump-exprs|-dump-uses|-dump-init] [-e] [-stats] [-keep-trees] PATTERN...\n"
	"       goescape -m [-m=2|-m -m] [-l|-l=N] [-N] [-smallframes] [-+] [-race|-msan|-asan] [-d=checkptr[=N]] [-stats] [-j n] [-D dir -I dir -o file] PATTERN|FILE.go...\n"
	"\n"
	"  parse   parse Go source files and report syntax errors as gc does\n"
	"          -dump  print the canonical syntax tree (docs/ast-dump.md)\n"
	"          -pragmas  with -dump, the directives each declaration takes\n"
	"          -e     report all errors, not just the first ten\n"
	"  list    load packages as the go command does and list them\n"
	"          -deps  list their dependencies too, dependencies first\n"
	"          -json  go list's JSON field names\n"
	"          -e     list packages with errors instead of failing\n"
	"  check   type-check packages, reporting errors as gc does\n"
	"          -dump-types  print the package-level objects and their types\n"
	"          -dump-all-vars  the same, with vars declared without a type\n"
	"          -dump-exprs  the type of every expression\n"
	"          -dump-uses  the object each name of a local object denotes\n"
	"          -dump-init  the package's variable initialization order\n"
	"          -stats  bodies checked, unsupported constructs, where the memory goes (stderr)\n"
	"          -keep-trees  keep every syntax tree to the end (released once checked)\n"
	"          -e     report all errors, not just the first ten\n"
	"  -m      escape analysis (and inlining), printed as go build -gcflags=-m\n"
	"          does (.go files: as go tool compile -p=p prints them); -l\n"
	"          turns inlining off (-l=N as gc's: 4 makes calls cost 1); -+\n"
	"          compiles the named .go files as the runtime (gc's -+); -stats\n"
	"          lists what was skipped; -j n analyses n packages at a time\n"
	"          (default: the number of processors; the output is the same);\n"
	"          -D, -I, -o\n"
	"          as go tool compile's, for relative imports of .go files named\n";

static _Noreturn void usage(void)
{
	fputs(usage_text, stderr);
	exit(2);
}

static bool has_suffix(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);
	return n >= m && strcmp(s + n - m, suf) == 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Expand the command-line paths into a list of .go files.  Returns false
 * if some path was unusable (already reported). */
static bool collect(char **args, int nargs, PtrVec *files)
{
	bool ok = true;
	for (int i = 0; i < nargs; i++) {
		const char *path = args[i];
		struct stat st;
		if (stat(path, &st) != 0) {
			fprintf(stderr, "goescape: cannot read %s: %s\n", path, strerror(errno));
			ok = false;
			continue;
		}
		if (!S_ISDIR(st.st_mode)) {
			if (!has_suffix(path, ".go")) {
				fprintf(stderr, "goescape: %s is not a Go source file (want a .go file or a directory)\n", path);
				ok = false;
				continue;
			}
			vec_push(files, xstrdup(path));
			continue;
		}
		DIR *d = opendir(path);
		if (!d) {
			fprintf(stderr, "goescape: cannot read directory %s: %s\n", path, strerror(errno));
			ok = false;
			continue;
		}
		PtrVec names = {0};
		struct dirent *e;
		while ((e = readdir(d)) != NULL) {
			if (e->d_name[0] == '.' || !has_suffix(e->d_name, ".go"))
				continue;
			size_t n = strlen(path) + strlen(e->d_name) + 2;
			char *full = xmalloc(n);
			bool slash = path[0] && path[strlen(path) - 1] == '/';
			snprintf(full, n, "%s%s%s", path, slash ? "" : "/", e->d_name);
			vec_push(&names, full);
		}
		closedir(d);
		if (names.len == 0) {
			fprintf(stderr, "goescape: no Go files in directory %s\n", path);
			ok = false;
		}
		if (names.len > 1)
			qsort(names.data, names.len, sizeof *names.data, cmp_str);
		for (int j = 0; j < names.len; j++)
			vec_push(files, names.data[j]);
		vec_free(&names);
	}
	return ok;
}

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* parse -bench: the files are read first, then parsed BENCH_ROUNDS times;
 * the best round counts (as the oracle helper measures go/parser). */
enum { BENCH_ROUNDS = 5 };

static int bench_parse(PtrVec *files)
{
	uint32_t *ids = xmalloc((files->len + 1) * sizeof *ids);
	int n = 0;
	size_t total = 0;
	for (int k = 0; k < files->len; k++) {
		size_t size;
		char *data = util_read_file(files->data[k], &size);
		if (!data)
			continue;
		ids[n++] = file_add(files->data[k], data, size);
		total += size;
	}
	double best = 0;
	for (int r = 0; r < BENCH_ROUNDS; r++) {
		double t0 = now_seconds();
		for (int k = 0; k < n; k++) {
			Arena arena = {0};
			parse_file(&arena, ids[k]);
			arena_free(&arena);
			diag_reset();
		}
		double t = now_seconds() - t0;
		if (r == 0 || t < best)
			best = t;
	}
	printf("goescape: %.1f MB/s (%zu bytes in %.2f s)\n", total / best / 1e6, total, best);
	free(ids);
	return 0;
}

static int cmd_parse(int argc, char **argv)
{
	bool dump = false, bench = false;
	int dump_flags = 0;
	int i = 0;
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "-dump") == 0)
			dump = true;
		else if (strcmp(argv[i], "-bench") == 0)
			bench = true;
		else if (strcmp(argv[i], "-pragmas") == 0)
			dump_flags |= DUMP_PRAGMAS;
		else if (strcmp(argv[i], "-e") == 0)
			diag_set_limit(0);
		else if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else {
			fprintf(stderr, "goescape: unknown flag %s for parse\n", argv[i]);
			usage();
		}
	}
	if (i == argc)
		usage();

	PtrVec files = {0};
	bool paths_ok = collect(argv + i, argc - i, &files);
	bool syntax_errors = false;
	if (bench) {
		int status = bench_parse(&files);
		for (int k = 0; k < files.len; k++)
			free(files.data[k]);
		vec_free(&files);
		file_free_all();
		sym_free_all();
		arena_release_pool();
		return status;
	}
	/* stdout is a large buffer: dumps are big */
	static char outbuf[1 << 16];
	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);

	for (int k = 0; k < files.len; k++) {
		const char *path = files.data[k];
		size_t size;
		char *data = util_read_file(path, &size);
		if (!data) {
			fprintf(stderr, "goescape: cannot read %s: %s\n", path, strerror(errno));
			paths_ok = false;
			continue;
		}
		uint32_t fi = file_add(path, data, size);
		Arena arena = {0};
		Node *f = parse_file(&arena, fi);
		if (dump)
			printf("== %s\n", path);
		/* In dump mode a file with syntax errors shows them in place of
		 * its tree; directive errors (gc's noder, which still builds
		 * the tree) go to stderr beside the tree. */
		bool broken = !f || f->u.file.nsyntax > 0;
		if (diag_count() > 0)
			syntax_errors = true;
		fflush(stdout);
		if (dump && broken)
			diag_flush(stdout);
		else if (diag_count() > 0)
			diag_flush(stderr);
		if (dump && !broken)
			dump_file(stdout, f, dump_flags);
		arena_free(&arena);
		file_release_data(fi);
	}
	fflush(stdout);
	for (int k = 0; k < files.len; k++)
		free(files.data[k]);
	vec_free(&files);
	file_free_all();
	sym_free_all();
	arena_release_pool();
	if (!paths_ok)
		return 2;
	return syntax_errors ? 1 : 0;
}

/* goescape list [-json] [-deps] [-e] [-tags t1,t2] [-mod=m] PATTERN...
 * loads the packages as the go command would and lists them: the
 * canonical text form tests/suites/load.sh compares with go list, or
 * (-json) go list's field names.  Without -e, errors are printed on
 * stderr and nothing is listed. */
static int cmd_load(int argc, char **argv)
{
	LoadConfig cfg = {0};
	int flags = 0, i = 0;
	for (; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		if (strcmp(a, "-json") == 0)
			flags |= LIST_JSON;
		else if (strcmp(a, "-deps") == 0)
			flags |= LIST_DEPS;
		else if (strcmp(a, "-e") == 0)
			cfg.keep_going = true;
		else if (strcmp(a, "-tags") == 0 && i + 1 < argc)
			cfg.tags = argv[++i];
		else if (strncmp(a, "-tags=", 6) == 0)
			cfg.tags = a + 6;
		else if (strncmp(a, "-mod=", 5) == 0)
			cfg.mod = a + 5;
		else if (strcmp(a, "--") == 0) {
			i++;
			break;
		} else {
			fprintf(stderr, "goescape: unknown flag %s for list\n", a);
			usage();
		}
	}
	static char outbuf[1 << 16];
	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
	Program *prog = load_packages(&cfg, argv + i, argc - i);
	if (prog->nerrors == 0 || cfg.keep_going)
		load_print(stdout, prog, flags);
	fflush(stdout);
	if (cfg.keep_going)
		return prog->nsyntax ? 1 : 0;
	return prog->nerrors || prog->nsyntax ? 1 : 0;
}


/* ==================================================================== */
/* goescape -m: load, check, irgen, escape analysis, report               */
/* ==================================================================== */

/* s with every from replaced by to (malloc'd). */
static char *util_replace_all(const char *s, const char *from, const char *to)
{
	size_t nf = strlen(from), nt = strlen(to);
	size_t cap = strlen(s) + 1, n = 0;
	for (const char *p = strstr(s, from); p; p = strstr(p + nf, from))
		cap += nt;
	char *out = xmalloc(cap);
	while (*s) {
		if (strncmp(s, from, nf) == 0) {
			memcpy(out + n, to, nt);
			n += nt;
			s += nf;
		} else {
			out[n++] = *s++;
		}
	}
	out[n] = 0;
	return out;
}

/* Record the generic functions and methods of sp for the packages that
 * instantiate them (irgen's shape instantiations build them from the
 * checked tree, as gc builds them from the generic bodies in export
 * data): true when there is one, and the tree must be kept. */
static bool note_generics(Summaries *sums, SrcPackage *sp)
{
	bool any = false;
	for (int f = 0; f < sp->nfiles; f++) {
		NodeList decls = sp->files[f]->u.file.decls;
		for (int i = 0; i < decls.n; i++) {
			Node *d = decls.v[i];
			if (d->kind != N_FUNCDECL || !d->u.funcdecl.name->ti)
				continue;
			Object *o = d->u.funcdecl.name->ti->obj;
			if (!o || !o->type || o->type->kind != TY_SIGNATURE)
				continue;
			if (!d->u.funcdecl.tparams.n && !o->type->u.sig.nrparams)
				continue;
			summary_add_generic(sums, o, d);
			any = true;
		}
	}
	return any;
}

/* With out NULL the package is a dependency: analysed silently, for its
 * summary only. */
/* gc's -l=N for the roots (N > 1: inlining on; 4: cheap calls) */
static int lower_l;
/* gc's -d=checkptr=N for the roots; -1: not given */
static int root_checkptr = -1;

/* gc's instrumentation flags for sp, compiled as the go command compiles
 * it under go build -race (-msan, -asan: every package gets the flag),
 * or as go tool compile -race compiles the files named (their imports
 * come from the instrumented install): the packages gc never
 * instruments drop the flag; checkptr is 1 under any of them unless
 * -d=checkptr says otherwise, and always 0 in the runtime (-+). */
static void instrument_package(IrCtx *ir, const Program *prog, const SrcPackage *sp, bool root)
{
	static const char *const never[] = {
		"runtime/internal/atomic", "runtime/internal/math", "runtime/internal/sys",
		"runtime/internal/syscall", "runtime", "runtime/race", "runtime/msan", "runtime/asan",
		"internal/cpu",
	};
	const char *mode = prog->instrument;
	bool on = mode != NULL;
	for (size_t i = 0; on && i < sizeof never / sizeof never[0]; i++)
		on = strcmp(sp->path, never[i]) != 0;
	ir->race = on && strcmp(mode, "race") == 0;
	ir->asan = on && strcmp(mode, "asan") == 0;
	ir->instrumenting = on;
	int cp = root ? root_checkptr : -1;
	if (cp < 0)
		cp = mode ? 1 : 0;
	if (sp->runtime)
		cp = 0;
	ir->checkptr = cp;
}

static void escape_package(const Program *prog, CheckRun *ck, Summaries *sums, SrcPackage *sp, int m, bool inl,
			   bool smallframes, bool stats, FILE *out, FILE *err, char **args, int nargs)
{
	Package *pkg = ck->checked[sp->index];
	IrCtx ir = {0};
	ir.types = ck->ctx;
	ir.local = pkg;
	ir.consts = ck->pool;
	ir.imports = sums;
	ir.dependency = out == NULL;
	ir.softfloat = ck->softfloat;
	ir.compiling_runtime = sp->runtime;
	ir.cheap_calls = (out ? lower_l : sp->lower_l) == 4;
	instrument_package(&ir, prog, sp, out != NULL);
	IrgenResult res = {0};
	Report rep;
	report_init(&rep, sp->path, sp->dir);
	char cwd[4096];
	if (out && !sp->cmdline) {
		/* go build: gc's positions are absolute, the go command
		 * shortens the package's own directory (report_write) */
		if (!getcwd(cwd, sizeof cwd))
			util_die("cannot get the working directory");
		rep.cwd = cwd;
	}
	/* -j: what reads other packages' generic code holds the world
	 * lock shared (util.h); escape analysis itself reads only the IR */
	util_world_enter();
	irgen_package(&ir, sp, pkg, ck->goroot, m, inl, &rep, &res);
	util_world_leave();
	if (out) {
		/* the ABI wrappers (only -m=2 shows them: explanations) */
		AsmSyms syms;
		asm_syms_read(&syms, sp, prog->goos, prog->goarch);
		irgen_abi_wrappers(&res, &syms);
		asm_syms_free(&syms);
	}
	esc_funcs(&ir, res.decls, res.ndecls, m, smallframes, &rep);
	util_world_enter();
	backend_package(&ir, &res, m, inl, smallframes, &rep);
	/* what importers will know of it (the tags are final now) */
	for (int i = 0; i < res.funcs.len; i += 2)
		summary_add(sums, res.funcs.data[i], res.funcs.data[i + 1]);
	for (int i = 0; i < res.shapes.len; i += 2) {
		const IrFunc *fn = res.shapes.data[i + 1];
		summary_add_shape(sums, res.shapes.data[i], fn->nname->u.name.sym, fn);
	}
	summary_mentions(sums, pkg, &res.funcs);
	summary_compact(sums, &res.funcs);
	util_world_leave();
	if (!out) {
		report_free(&rep);
		irgen_result_free(&res);
		arena_free(&ir.arena);
		return;
	}
	if (sp->cmdline) {
		/* go tool compile: no header, file names as given */
		for (int i = 0; i < rep.lines.len; i++) {
			char *line = xstrdup(rep.lines.data[i]);
			for (int k = 0; k < nargs; k++) {
				/* the loader names a file "./x.go" for "x.go" */
				if (strchr(args[k], '/'))
					continue;
				char *from = xmalloc(strlen(args[k]) + 4), *to = xmalloc(strlen(args[k]) + 2);
				sprintf(from, "./%s:", args[k]);
				sprintf(to, "%s:", args[k]);
				char *next = util_replace_all(line, from, to);
				free(line);
				line = next;
				free(from);
				free(to);
			}
			{
				/* go tool compile -p=p: the package's path, as
				 * link strings (shape and instance names) spell
				 * it */
				char *next = util_replace_all(line, "command-line-arguments.", "p.");
				free(line);
				line = next;
			}
			fprintf(out, "%s\n", line);
			free(line);
		}
	} else {
		report_write(&rep, out, cwd);
	}
	if (stats) {
		for (int i = 0; i < res.skipped.len; i++)
			fprintf(err, "goescape: %s\n", (char *)res.skipped.data[i]);
	} else if (res.nskipped) {
		fprintf(err, "goescape: %s: %d functions not analysed (constructs not supported yet; -stats lists them)\n",
			sp->path, res.nskipped);
	}
	if (stats)
		fprintf(err, "goescape: %s: %d functions analysed, %d skipped, %d wrappers (%d skipped)\n",
			sp->path, res.ndecls, res.nskipped, res.wrappers.len, res.nwrappers_skipped);
	if (rep.dropped)
		fprintf(err, "goescape: %s: %d lines not printed (they show a shape dictionary's length)\n",
			sp->path, rep.dropped);
	report_free(&rep);
	irgen_result_free(&res);
	arena_free(&ir.arena);
}

/* gc's -d flags goescape knows: checkptr (checkptr=N), the only one
 * that reaches -m's output.  False for any other. */
static bool parse_debug(const char *s)
{
	if (strcmp(s, "checkptr") == 0) {
		root_checkptr = 1;
		return true;
	}
	if (strncmp(s, "checkptr=", 9) != 0 || !s[9])
		return false;
	char *end;
	long v = strtol(s + 9, &end, 10);
	if (*end || v < 0 || v > 1000)
		return false;
	root_checkptr = (int)v;
	return true;
}

/* ---- -j N: packages analysed in parallel ----------------------------- */

/* With more than one job, this thread parses and checks the packages in
 * order (the checker runs on one thread), and N-1 others run the escape
 * analyses meanwhile: a package's once it is checked and the packages it
 * imports are analysed (their summaries are what it reads), the
 * lowest-numbered ready package first; once everything is checked this
 * thread joins them.  Everything a package prints (the checker's errors,
 * the -m lines, the notes on stderr) is kept and printed at the end in
 * package order, as the single thread prints it: the output does not
 * depend on N or on the threads' timing. */
typedef struct EscJob {
	SrcPackage *sp;
	Checker c;
	bool checked;           /* c is set up (check_begin said yes) */
	bool analyse;           /* escape_package runs */
	bool queued;            /* checked, and its imports counted */
	bool root, keep;
	int waiting;            /* imports not analysed yet */
	PtrVec importers;       /* EscJob*: jobs waiting for this one */
	bool started, done;
	int parse;              /* PARSE_*: its files parsed (again) */
	int nsyntax;            /* the parse's syntax errors (perr) */
	char *perr, *cerr, *out, *err; /* what it prints: syntax errors
	                         * (stderr), check errors (stderr), -m
	                         * lines (stdout), notes (stderr) */
	size_t nperr, ncerr, nout, nerr;
} EscJob;

enum { PARSE_NOT, PARSE_RUNNING, PARSE_DONE };
/* how far ahead of the checker idle workers parse */
enum { PARSE_AHEAD = 8 };

typedef struct EscSched {
	const Program *prog;
	CheckRun *run;
	Summaries *sums;
	EscJob *jobs;
	int njobs;
	int left;               /* jobs queued and not done */
	int pending;            /* jobs queued and not started */
	int maxpending;         /* more, and the checker helps */
	int first;              /* every job below is started */
	bool checking;          /* the checker may queue more */
	int checking_at;        /* the package the checker is on */
	int next_parse;         /* every package below is being parsed */
	int m;
	bool l, smallframes, stats;
	char **args;
	int nargs;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	/* -stats: where the wall time went (seconds): the checker waiting
	 * for a worker's parse, for the world lock, running analyses
	 * itself; the workers waiting for work while the checker checks */
	double wait_parse, wait_world, helped, idle;
	int nhelped, nparsed;   /* analyses the checker ran, packages
	                         * parsed by workers */
} EscSched;

static void run_job(EscSched *s, EscJob *j)
{
	FILE *err = open_memstream(&j->err, &j->nerr);
	if (!err)
		util_die("cannot buffer the output: %s", strerror(errno));
	if (j->root) {
		FILE *out = open_memstream(&j->out, &j->nout);
		if (!out)
			util_die("cannot buffer the output: %s", strerror(errno));
		escape_package(s->prog, s->run, s->sums, j->sp, s->m, !s->l, s->smallframes, s->stats, out, err,
			       s->args, s->nargs);
		fclose(out);
	} else {
		escape_package(s->prog, s->run, s->sums, j->sp, 0, true, false, false, NULL, err, NULL, 0);
	}
	fclose(err);
	/* its tree goes now: importers need only its objects and summary */
	if (!j->keep)
		check_release_tree(&j->c);
	check_free(&j->c);
}

/* The next job to run (s->mu held), marked started, or NULL. */
static EscJob *esc_pick(EscSched *s)
{
	while (s->first < s->njobs && s->jobs[s->first].started)
		s->first++;
	for (int k = s->first; k < s->njobs; k++) {
		EscJob *j = &s->jobs[k];
		if (j->queued && !j->started && j->waiting == 0) {
			j->started = true;
			s->pending--;
			return j;
		}
	}
	return NULL;
}

/* Run j (s->mu held, released meanwhile); its importers may go. */
static void esc_run(EscSched *s, EscJob *j)
{
	pthread_mutex_unlock(&s->mu);
	run_job(s, j);
	pthread_mutex_lock(&s->mu);
	j->done = true;
	s->left--;
	for (int k = 0; k < j->importers.len; k++)
		((EscJob *)j->importers.data[k])->waiting--;
	pthread_cond_broadcast(&s->cv);
}

/* A package the checker will soon need, to parse (s->mu held), or
 * NULL. */
static EscJob *parse_pick(EscSched *s)
{
	while (s->next_parse < s->njobs && s->jobs[s->next_parse].parse != PARSE_NOT)
		s->next_parse++;
	if (!s->checking || s->next_parse >= s->njobs || s->next_parse >= s->checking_at + PARSE_AHEAD)
		return NULL;
	EscJob *j = &s->jobs[s->next_parse++];
	j->parse = PARSE_RUNNING;
	return j;
}

/* Parse j's files (s->mu held, released meanwhile): the trees, in its
 * own arena.  The parser's diagnostics are the thread's own; the syntax
 * errors the loader reports at once (a package parsed here for the
 * first time, LoadConfig.parse_at_check) are kept with the package, and
 * printed where the single thread prints them: before its check's. */
static void parse_run(EscSched *s, EscJob *j)
{
	pthread_mutex_unlock(&s->mu);
	FILE *perr = open_memstream(&j->perr, &j->nperr);
	if (!perr)
		util_die("cannot buffer the output: %s", strerror(errno));
	int n = load_parse_again(s->prog->pkgs[j - s->jobs], perr);
	fclose(perr);
	pthread_mutex_lock(&s->mu);
	j->nsyntax = n;
	j->parse = PARSE_DONE;
	pthread_cond_broadcast(&s->cv);
}

static void *esc_worker(void *arg)
{
	EscSched *s = arg;
	pthread_mutex_lock(&s->mu);
	for (;;) {
		/* the checker's next trees first: it is the one thread
		 * every analysis waits for */
		EscJob *p = parse_pick(s);
		if (p) {
			parse_run(s, p);
			s->nparsed++;
			continue;
		}
		EscJob *next = esc_pick(s);
		if (next) {
			esc_run(s, next);
			continue;
		}
		if (s->left == 0 && !s->checking)
			break;
		bool checking = s->checking;
		double t0 = checking ? now_seconds() : 0;
		pthread_cond_wait(&s->cv, &s->mu);
		if (checking)
			s->idle += now_seconds() - t0;
	}
	pthread_mutex_unlock(&s->mu);
	return NULL;
}

typedef struct EscThread {
	EscSched *s;
	Arena *arena;
} EscThread;

/* A worker thread: what it makes in the run's shared arenas goes to its
 * own arena. */
static void *esc_thread(void *arg)
{
	EscThread *t = arg;
	util_set_thread_arena(t->arena);
	esc_worker(t->s);
	util_set_thread_arena(NULL);
	return NULL;
}

/* Job j is checked: it waits for the imports not analysed yet. */
static void esc_queue(EscSched *s, EscJob *j)
{
	const Program *prog = s->prog;
	pthread_mutex_lock(&s->mu);
	for (int i = 0; i < j->sp->nimports; i++) {
		SrcPackage *dep = j->sp->imports[i].pkg;
		if (!dep || dep->index < 0 || dep->index >= prog->npkgs || prog->pkgs[dep->index] != dep)
			continue;
		EscJob *d = &s->jobs[dep->index];
		if (!d->analyse || d->done)
			continue;
		bool dup = false;
		for (int q = 0; q < d->importers.len && !dup; q++)
			dup = d->importers.data[q] == j;
		if (dup)
			continue;
		vec_push(&d->importers, j);
		j->waiting++;
	}
	j->queued = true;
	s->left++;
	s->pending++;
	pthread_cond_broadcast(&s->cv);
	/* the checker does not run far ahead (each package checked and not
	 * analysed keeps its tree): it runs the analyses that are ready */
	while (s->pending > s->maxpending) {
		EscJob *next = esc_pick(s);
		if (!next)
			break;
		double t0 = now_seconds();
		esc_run(s, next);
		s->helped += now_seconds() - t0;
		s->nhelped++;
	}
	pthread_mutex_unlock(&s->mu);
}

static int escape_parallel(Program *prog, CheckRun *run, Summaries *sums, PtrVec *kept, int njobs, Arena *arenas,
			   int m, bool l, bool smallframes, bool stats, char **args, int nargs)
{
	int status = prog->nsyntax ? 1 : 0;
	EscJob *jobs = xmalloc((size_t)(prog->npkgs + 1) * sizeof *jobs);
	memset(jobs, 0, (size_t)(prog->npkgs + 1) * sizeof *jobs);
	EscSched s = {.prog = prog, .run = run, .sums = sums, .jobs = jobs, .njobs = prog->npkgs, .checking = true,
		      .maxpending = 48 * njobs,
		      .m = m, .l = l, .smallframes = smallframes, .stats = stats, .args = args, .nargs = nargs};
	double start = now_seconds();
	pthread_mutex_init(&s.mu, NULL);
	pthread_cond_init(&s.cv, NULL);
	/* what the threads share takes its locks from here on */
	util_set_threaded(true);
	run->ctx->arena.shared = true;
	const_pool_share(run->pool, true);
	pthread_t *tids = xmalloc((size_t)njobs * sizeof *tids);
	EscThread *ts = xmalloc((size_t)njobs * sizeof *ts);
	int nthreads = 0;
	pthread_attr_t attr;
	bool attr_ok = pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, UTIL_BIG_STACK) == 0;
	for (int t = 1; t < njobs && attr_ok; t++) {
		ts[nthreads] = (EscThread){&s, &arenas[nthreads]};
		if (pthread_create(&tids[nthreads], &attr, esc_thread, &ts[nthreads]) == 0)
			nthreads++;
	}
	if (attr_ok)
		pthread_attr_destroy(&attr);
	/* parse and check, in order; each package to the workers */
	for (int k = 0; k < prog->npkgs; k++) {
		EscJob *j = &jobs[k];
		SrcPackage *sp = j->sp = prog->pkgs[k];
		/* its trees: parsed by a worker, or here */
		pthread_mutex_lock(&s.mu);
		s.checking_at = k;
		if (j->parse == PARSE_RUNNING) {
			double t0 = now_seconds();
			while (j->parse == PARSE_RUNNING)
				pthread_cond_wait(&s.cv, &s.mu);
			s.wait_parse += now_seconds() - t0;
		}
		if (j->parse == PARSE_NOT) {
			j->parse = PARSE_RUNNING;
			parse_run(&s, j);
		}
		pthread_cond_broadcast(&s.cv);
		pthread_mutex_unlock(&s.mu);
		if (j->nsyntax > 0)
			status = 1;
		double t0 = now_seconds();
		util_world_enter();
		s.wait_world += now_seconds() - t0;
		if (!check_begin(run, &j->c, sp)) {
			util_world_leave();
			continue;
		}
		j->checked = true;
		check_run_package(&j->c);
		FILE *cerr = open_memstream(&j->cerr, &j->ncerr);
		if (!cerr)
			util_die("cannot buffer the output: %s", strerror(errno));
		if (!check_finish_to(run, &j->c, cerr))
			status = 1;
		fclose(cerr);
		if (run->checked[sp->index] && !sp->unsafe && !sp->parse_errors) {
			j->keep = note_generics(sums, sp);
			for (int r = 0; r < prog->nroots && !j->root; r++)
				j->root = prog->roots[r] == sp;
			j->analyse = true;
			util_world_leave();
			esc_queue(&s, j);
		} else {
			check_release_tree(&j->c);
			check_free(&j->c);
			util_world_leave();
		}
	}
	pthread_mutex_lock(&s.mu);
	s.checking = false;
	pthread_cond_broadcast(&s.cv);
	double checked_at = now_seconds();
	int left = s.left;
	pthread_mutex_unlock(&s.mu);
	esc_worker(&s);
	for (int t = 0; t < nthreads; t++)
		pthread_join(tids[t], NULL);
	if (stats)
		fprintf(stderr, "goescape: -j %d: checking %.3f s (waiting %.3f s for parses by workers, %.3f s for the "
			"world lock; %d analyses run by the checker, %.3f s), then %d analyses left, %.3f s; workers "
			"idle %.3f s while checking, %d packages parsed by them\n", njobs, checked_at - start,
			s.wait_parse, s.wait_world, s.nhelped, s.helped, left, now_seconds() - checked_at, s.idle,
			s.nparsed);
	free(tids);
	free(ts);
	const_pool_share(run->pool, false);
	run->ctx->arena.shared = false;
	util_set_threaded(false);
	pthread_cond_destroy(&s.cv);
	pthread_mutex_destroy(&s.mu);
	/* the output, in package order, as one thread prints it */
	for (int k = 0; k < prog->npkgs; k++) {
		EscJob *j = &jobs[k];
		if (j->nperr) {
			fflush(stdout);
			fwrite(j->perr, 1, j->nperr, stderr);
		}
		if (j->checked) {
			fflush(stdout);
			fwrite(j->cerr, 1, j->ncerr, stderr);
		}
		if (j->out)
			fwrite(j->out, 1, j->nout, stdout);
		if (j->err)
			fwrite(j->err, 1, j->nerr, stderr);
		if (j->keep && j->analyse)
			vec_push(kept, j->sp);
		free(j->perr);
		free(j->cerr);
		free(j->out);
		free(j->err);
		vec_free(&j->importers);
	}
	free(jobs);
	return status;
}

static int default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

int irgen_main(int argc, char **argv)
{
	int m = 0;
	bool l = false, smallframes = false, stats = false, compiling_runtime = false;
	const char *localprefix = NULL, *outfile = NULL, *instrument = NULL;
	PtrVec incdirs = {0};
	int jobs = default_jobs();
	int i = 0;
	for (; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		if (strcmp(a, "-m") == 0)
			m++;
		else if (strncmp(a, "-m=", 3) == 0)
			m = atoi(a + 3);
		else if (strcmp(a, "-l") == 0)
			l = true;
		else if (strncmp(a, "-l=", 3) == 0 && a[3] >= '0' && a[3] <= '9') {
			/* gc's count: -l=1 is -l (off); 0 and 2 up leave
			 * inlining on, 4 with calls costing 1 */
			lower_l = atoi(a + 3);
			l = lower_l == 1;
		}
		else if (strcmp(a, "-N") == 0)
			;       /* no optimizations: escape analysis runs the same */
		else if (strcmp(a, "-smallframes") == 0)
			smallframes = true;
		else if (strcmp(a, "-stats") == 0)
			stats = true;
		else if (strcmp(a, "-D") == 0 && i + 1 < argc)
			localprefix = argv[++i];
		else if (strcmp(a, "-I") == 0 && i + 1 < argc)
			vec_push(&incdirs, argv[++i]);
		else if (strcmp(a, "-o") == 0 && i + 1 < argc)
			outfile = argv[++i];
		else if (strcmp(a, "-+") == 0)
			compiling_runtime = true;
		else if (strcmp(a, "-race") == 0 || strcmp(a, "-msan") == 0 || strcmp(a, "-asan") == 0) {
			if (instrument && strcmp(instrument, a + 1) != 0) {
				/* gc's order of the pair */
				const char *x = instrument, *y = a + 1;
				if (strcmp(x, "race") != 0 && (strcmp(y, "race") == 0 || strcmp(x, "asan") == 0))
					x = a + 1, y = instrument;
				fprintf(stderr, "goescape: cannot use both -%s and -%s\n", x, y);
				vec_free(&incdirs);
				return 2;
			}
			instrument = a + 1;
		} else if ((strncmp(a, "-d=", 3) == 0 || (strcmp(a, "-d") == 0 && i + 1 < argc)) &&
			   parse_debug(a[2] ? a + 3 : argv[i + 1])) {
			if (!a[2])
				i++;
		} else if ((strcmp(a, "-j") == 0 && i + 1 < argc) || strncmp(a, "-j=", 3) == 0) {
			const char *v = a[2] == '=' ? a + 3 : argv[++i];
			char *end;
			long n = strtol(v, &end, 10);
			if (!*v || *end || n < 1 || n > 64) {
				fprintf(stderr, "goescape: -j wants a number of threads from 1 to 64, not %s\n", v);
				vec_free(&incdirs);
				return 2;
			}
			jobs = (int)n;
		} else if (strcmp(a, "--") == 0) {
			i++;
			break;
		} else if (strcmp(a, "-live") == 0) {
			/* gc prints liveness from its SSA back end, after
			 * register allocation: not a front end's to know */
			fprintf(stderr, "goescape: -live is gc's liveness report from its SSA back end "
					"(after register allocation), which goescape does not have\n");
			vec_free(&incdirs);
			return 2;
		} else {
			fprintf(stderr, "goescape: unknown flag %s for -m\n", a);
			vec_free(&incdirs);
			return 2;
		}
	}
	if (i == argc || m == 0)
		usage();
	if (m > 2) {
		/* gc's levels 3 and up add dumps of its IR (each statement
		 * the analysis walks, trees before and after inlining) */
		fprintf(stderr, "goescape: -m=%d: levels above 2 add dumps of gc's IR, which goescape does not print; use -m or -m=2\n", m);
		vec_free(&incdirs);
		return 2;
	}
	LoadConfig cfg = {.defer_parse_errors = true, .compile_files = true, .localprefix = localprefix,
			  .incdirs = (const char **)incdirs.data, .nincdirs = incdirs.len, .parse_late = true, .parse_at_check = true,
			  .compiling_runtime = compiling_runtime, .instrument = instrument, .run_cgo = true};
	Program *prog = load_packages(&cfg, argv + i, argc - i);
	vec_free(&incdirs);
	if (prog->nerrors)
		return 1;
	CheckRun run;
	check_run_init(&run, prog->goarch, prog->goroot, prog->npkgs);
	run.softfloat = prog->softfloat;
	int status = prog->nsyntax ? 1 : 0;
	static char outbuf[1 << 16];
	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
	/* every package in dependency order, checked, then analysed: the
	 * roots (the packages named) with the user's flags, printed; the
	 * others as the go command compiles dependencies, with default
	 * flags (inlining on, no -m), silently, for the summaries their
	 * importers read.  Then its tree goes: importers need only its
	 * objects and its summary. */
	Summaries sums;
	summary_init(&sums);
	PtrVec kept = {0};      /* SrcPackage*: trees holding generic code */
	/* -j: the worker threads' types and constants, freed with the run's */
	Arena *thread_arenas = NULL;
	if (jobs > 1) {
		thread_arenas = xmalloc((size_t)jobs * sizeof *thread_arenas);
		memset(thread_arenas, 0, (size_t)jobs * sizeof *thread_arenas);
		status = escape_parallel(prog, &run, &sums, &kept, jobs, thread_arenas, m, l, smallframes, stats,
					 argv + i, argc - i);
	}
	for (int k = 0; k < prog->npkgs && jobs == 1; k++) {
		SrcPackage *sp = prog->pkgs[k];
		Checker c;
		if (load_parse_again(sp, stderr) > 0)
			status = 1;
		if (!check_begin(&run, &c, sp))
			continue;
		check_run_package(&c);
		if (!check_finish(&run, &c))
			status = 1;
		/* errors before type checking (a label not used) end gc's
		 * compile once it has type-checked */
		bool keep = false;
		if (run.checked[sp->index] && !sp->unsafe && !sp->parse_errors) {
			keep = note_generics(&sums, sp);
			bool root = false;
			for (int r = 0; r < prog->nroots && !root; r++)
				root = prog->roots[r] == sp;
			if (root)
				escape_package(prog, &run, &sums, sp, m, !l, smallframes, stats, stdout, stderr, argv + i, argc - i);
			else
				escape_package(prog, &run, &sums, sp, 0, true, false, false, NULL, stderr, NULL, 0);
		}
		if (!keep)
			check_release_tree(&c);
		else
			vec_push(&kept, sp);
		check_free(&c);
	}
	fflush(stdout);
	if (stats) {
		long rss, peak;
		util_rss(&rss, &peak);
		double types_mb = (double)arena_footprint(&run.ctx->arena);
		for (int t = 0; t < jobs && thread_arenas; t++)
			types_mb += (double)arena_footprint(&thread_arenas[t]);
		const double mb = 1024.0 * 1024.0;
		fprintf(stderr, "goescape: memory: peak rss %.1f MB; types, objects, scopes %.1f MB; summaries %.1f MB "
			"(%zu inline bodies kept: %zu nodes, %zu functions copied)\n", peak / 1024.0,
			types_mb / mb, arena_footprint(&sums.arena) / mb, sums.nbodies,
			sums.ncopied_nodes, sums.ncopied_funcs);
	}
	summary_free(&sums);
	stencil_forget_shapes(run.ctx);
	for (int k = 0; k < kept.len; k++)
		arena_free(&((SrcPackage *)kept.data[k])->arena);
	vec_free(&kept);
	check_run_free(&run);
	for (int t = 0; t < jobs && thread_arenas; t++)
		arena_free(&thread_arenas[t]);
	free(thread_arenas);
	if (outfile && status == 0) {
		/* the named files, for an importer's -I (load.h) */
		bool files = true;
		for (int k = i; k < argc && files; k++)
			files = has_suffix(argv[k], ".go");
		if (!files) {
			fprintf(stderr, "goescape: -o is for .go files named\n");
			return 2;
		}
		if (!load_write_sources(outfile, argv + i, argc - i, lower_l)) {
			fprintf(stderr, "goescape: cannot write %s: %s\n", outfile, strerror(errno));
			return 1;
		}
	}
	return status;
}

static int run(int argc, char **argv)
{
	if (argc < 2)
		usage();
	if (strcmp(argv[1], "parse") == 0)
		return cmd_parse(argc - 2, argv + 2);
	if (strcmp(argv[1], "list") == 0)
		return cmd_load(argc - 2, argv + 2);
	if (strcmp(argv[1], "check") == 0)
		return check_main(argc - 2, argv + 2);
	if (strncmp(argv[1], "-m", 2) == 0 || strcmp(argv[1], "-l") == 0 || strcmp(argv[1], "-N") == 0 ||
	    strcmp(argv[1], "-+") == 0 || strcmp(argv[1], "-race") == 0 || strcmp(argv[1], "-msan") == 0 ||
	    strcmp(argv[1], "-asan") == 0 || strncmp(argv[1], "-d", 2) == 0)
		return irgen_main(argc - 1, argv + 1);
	if (strcmp(argv[1], "help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "--help") == 0) {
		fputs(usage_text, stdout);
		return 0;
	}
	fprintf(stderr, "goescape: unknown command %s\n", argv[1]);
	usage();
}

struct run_args {
	int argc;
	char **argv;
	int status;
};

static void run_on_big_stack(void *arg)
{
	struct run_args *a = arg;
	a->status = run(a->argc, a->argv);
}

/* The phases recurse over trees as deep as the parser allows: they run on
 * a big stack (util_run_on_big_stack). */
int main(int argc, char **argv)
{
	struct run_args a = {argc, argv, 0};
	util_run_on_big_stack(run_on_big_stack, &a);
	return a.status;
}
