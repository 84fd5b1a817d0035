/*
 * load.c — the package loader: what `go list -deps PATTERNS` computes,
 * without the go command.
 *
 * The pipeline of a load:
 *
 *   1. The environment (env_init): GOROOT, GOPATH, GOOS/GOARCH,
 *      CGO_ENABLED, GOEXPERIMENT, GOFLAGS (-mod, -tags), GO111MODULE,
 *      GOWORK, GOMODCACHE, read as cmd/go/internal/cfg reads them
 *      (environment first, then the go env file).
 *   2. The main module(s) (mod_init): go.mod found upward from the
 *      working directory, or go.work; its requirements, replacements and
 *      vendor/modules.txt.  GOPATH mode when GO111MODULE=off (or auto and
 *      no go.mod).
 *   3. Patterns to import paths (match_*): std, cmd, ./..., dir/...,
 *      directories, import paths and path/... patterns; or .go files,
 *      which make one package, "command-line-arguments".
 *   4. A depth-first load from each root (load_path): resolve the import
 *      path to a directory (std, std's vendor tree, the main module, the
 *      module providing it, vendor/, or GOPATH), read the directory the
 *      way go/build's Import does (scan_dir: file names, build
 *      constraints, package clauses, cgo), parse the files that build,
 *      take their imports from the syntax tree, and load those.  A package
 *      is finished after its imports, so the order packages finish in is
 *      go list -deps's order (its PackageList is the same depth-first
 *      post-order over the same sorted import lists).
 *   5. Deps and errors: a package's Deps are collected when it finishes
 *      (as the go command does, which matters only inside import cycles);
 *      the errors of the roots and their dependencies are printed the way
 *      `go build` prints them, one line each (the go command's "\n\t"
 *      continuations become spaces).
 *
 * Every directory is read once (fs_readdir caches listings and file
 * kinds); every file that builds is read once and parsed once, into its
 * package's arena.  Strings live in one arena for the run.  Import paths
 * and directories are interned, so maps key on Sym pointers.
 *
 * What this leaves out: fetching modules (the module cache must hold what
 * the build needs; we never download), go.sum verification and go.mod
 * tidiness checks, //go:embed patterns, the "all" pattern in module mode,
 * GOPATH-mode /vN rewriting, overlays, -modfile,
 * gccgo.  Syntax errors are gc's (the parser's), where go list would
 * quote go/parser on a broken import block.
 *
 * Where the semantics come from: go/build (build.go, read.go,
 * syslist.go), go/build/constraint, cmd/go/internal/load (pkg.go),
 * cmd/go/internal/modload (import.go, load.go, init.go, vendor.go,
 * buildlist.go), cmd/go/internal/search; this is a fresh implementation
 * of their observable behaviour, checked against `go list` by
 * tests/suites/load.sh.
 */
#define _DEFAULT_SOURCE 1
#define _GNU_SOURCE 1

#include "goescape.h"
#include "load.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* Go 1.19's release: the go1.N release tags go up to this. */
enum { GO_MINOR = 19 };

/* ==================================================================== */
/* Strings, buffers, paths                                               */
/* ==================================================================== */

/* All strings of a load live in this arena (and in the symbol table). */
static Arena sa;

static char *sdup(const char *s)
{
	return arena_strndup(&sa, s, strlen(s));
}

static char *sndup(const char *s, size_t n)
{
	return arena_strndup(&sa, s, n);
}

static char *sfmt(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *p = arena_alloc(&sa, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

static bool has_prefix(const char *s, const char *p)
{
	return strncmp(s, p, strlen(p)) == 0;
}

static bool has_suffix(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);
	return n >= m && memcmp(s + n - m, suf, m) == 0;
}

static bool streq(const char *a, const char *b)
{
	return strcmp(a, b) == 0;
}

/* A growable byte buffer (malloc-backed, reused). */
typedef struct Buf {
	char *p;
	size_t n, cap;
} Buf;

static void buf_putn(Buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->p = xrealloc(b->p, b->cap);
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = 0;
}

static void buf_puts(Buf *b, const char *s)
{
	buf_putn(b, s, strlen(s));
}

static void buf_putc(Buf *b, char c)
{
	buf_putn(b, &c, 1);
}

static void buf_printf(Buf *b, const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n < (int)sizeof tmp) {
		buf_putn(b, tmp, (size_t)n);
		return;
	}
	char *big = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	buf_putn(b, big, (size_t)n);
	free(big);
}

/* Go's path.Clean for slash-separated paths. */
static char *path_clean(const char *path)
{
	if (!*path)
		return sdup(".");
	size_t n = strlen(path);
	char *out = arena_alloc(&sa, n + 2);
	bool rooted = path[0] == '/';
	size_t w = 0, r = 0, dotdot = 0;
	if (rooted) {
		out[w++] = '/';
		r = dotdot = 1;
	}
	while (r < n) {
		if (path[r] == '/') {
			r++;
		} else if (path[r] == '.' && (r + 1 == n || path[r + 1] == '/')) {
			r++;
		} else if (path[r] == '.' && path[r + 1] == '.' && (r + 2 == n || path[r + 2] == '/')) {
			r += 2;
			if (w > dotdot) {
				w--;
				while (w > dotdot && out[w] != '/')
					w--;
			} else if (!rooted) {
				if (w > 0)
					out[w++] = '/';
				out[w++] = '.';
				out[w++] = '.';
				dotdot = w;
			}
		} else {
			if ((rooted && w != 1) || (!rooted && w != 0))
				out[w++] = '/';
			for (; r < n && path[r] != '/'; r++)
				out[w++] = path[r];
		}
	}
	if (w == 0)
		out[w++] = '.';
	out[w] = 0;
	return out;
}

static char *path_join(const char *a, const char *b)
{
	if (!*a)
		return path_clean(b);
	if (!*b)
		return path_clean(a);
	return path_clean(sfmt("%s/%s", a, b));
}

/* Everything before the last slash, cleaned ("." for none). */
static char *path_dir(const char *p)
{
	const char *s = strrchr(p, '/');
	if (!s)
		return sdup(".");
	if (s == p)
		return sdup("/");
	return path_clean(sndup(p, (size_t)(s - p)));
}

static const char *path_base(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

/* cmd/go's str.HasPathPrefix: s is prefix or below it, by elements. */
static bool has_path_prefix(const char *s, const char *prefix)
{
	size_t n = strlen(s), m = strlen(prefix);
	if (n == m)
		return streq(s, prefix);
	if (m == 0)
		return true;
	if (n > m) {
		if (prefix[m - 1] == '/')
			return strncmp(s, prefix, m) == 0;
		return s[m] == '/' && strncmp(s, prefix, m) == 0;
	}
	return false;
}

/* The part of path below dir ("." for dir itself), or NULL: lexically,
 * then with symbolic links resolved (search.InDir). */
static const char *in_dir_lex(const char *path, const char *dir)
{
	size_t n = strlen(path), m = strlen(dir);
	if (n == m)
		return streq(path, dir) ? "." : NULL;
	if (m == 0)
		return path;
	if (n > m && strncmp(path, dir, m) == 0) {
		if (dir[m - 1] == '/')
			return path + m;
		if (path[m] == '/')
			return n == m + 1 ? "." : path + m + 1;
	}
	return NULL;
}

static const char *in_dir(const char *path, const char *dir)
{
	const char *r = in_dir_lex(path, dir);
	if (r)
		return r;
	char rp[PATH_MAX], rd[PATH_MAX];
	bool hp = realpath(path, rp) != NULL, hd = realpath(dir, rd) != NULL;
	if (hp && (r = in_dir_lex(rp, dir)))
		return sdup(r);
	if (hd && (r = in_dir_lex(path, rd)))
		return sdup(r);
	if (hp && hd && (r = in_dir_lex(rp, rd)))
		return sdup(r);
	return NULL;
}

/* An errno as Go's syscall package spells it ("permission denied"). */
static const char *errstr(int e)
{
	char *s = sdup(strerror(e));
	if (s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z'))
		s[0] = (char)(s[0] - 'A' + 'a');
	return s;
}

static Sym *S(const char *s)
{
	return sym_cstr(s);
}

/* ==================================================================== */
/* A hash map keyed by interned strings                                  */
/* ==================================================================== */

typedef struct Map {
	Sym **keys;
	void **vals;
	uint32_t cap, n;
} Map;

static void **map_slot(Map *m, Sym *k, bool add)
{
	if (add && 2 * (m->n + 1) > m->cap) {
		uint32_t ncap = m->cap ? 2 * m->cap : 64;
		Sym **nk = xmalloc(ncap * sizeof *nk);
		void **nv = xmalloc(ncap * sizeof *nv);
		memset(nk, 0, ncap * sizeof *nk);
		for (uint32_t i = 0; i < m->cap; i++) {
			if (!m->keys[i])
				continue;
			uint32_t j = m->keys[i]->hash & (ncap - 1);
			while (nk[j])
				j = (j + 1) & (ncap - 1);
			nk[j] = m->keys[i];
			nv[j] = m->vals[i];
		}
		free(m->keys);
		free(m->vals);
		m->keys = nk;
		m->vals = nv;
		m->cap = ncap;
	}
	if (!m->cap)
		return NULL;
	uint32_t mask = m->cap - 1;
	for (uint32_t i = k->hash & mask;; i = (i + 1) & mask) {
		if (m->keys[i] == k)
			return &m->vals[i];
		if (!m->keys[i]) {
			if (!add)
				return NULL;
			m->keys[i] = k;
			m->vals[i] = NULL;
			m->n++;
			return &m->vals[i];
		}
	}
}

static void *map_get(Map *m, Sym *k)
{
	void **p = map_slot(m, k, false);
	return p ? *p : NULL;
}

static void map_put(Map *m, Sym *k, void *v)
{
	*map_slot(m, k, true) = v;
}

static void map_free(Map *m)
{
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof *m);
}

/* A list of strings in the run arena. */
typedef struct StrList {
	const char **v;
	int n, cap;
} StrList;

static void sl_push(StrList *l, const char *s)
{
	if (l->n == l->cap) {
		int ncap = l->cap ? 2 * l->cap : 8;
		const char **nv = arena_alloc(&sa, (size_t)ncap * sizeof *nv);
		if (l->n)
			memcpy(nv, l->v, (size_t)l->n * sizeof *nv);
		l->v = nv;
		l->cap = ncap;
	}
	l->v[l->n++] = s;
}

static int cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* ==================================================================== */
/* The file system, cached                                               */
/* ==================================================================== */

/* File kinds: what a directory entry or a stat says, symlinks followed
 * for files and marked for directories (walks do not follow them). */
enum { K_NONE = 0, K_FILE = 'f', K_DIR = 'd', K_LINKDIR = 'D' };

typedef struct DirEnt {
	const char *name;
	char kind;
} DirEnt;

typedef struct DirList {
	DirEnt *v;
	int n;
	int err;       /* errno from opendir, or 0 */
} DirList;

static Map dircache;    /* dir -> DirList */
static Map kindcache;   /* path -> kind + 1 (as a pointer-sized int) */

static char fs_stat_kind(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return K_NONE;
	return S_ISDIR(st.st_mode) ? K_DIR : K_FILE;
}

/* What path is, symlinks followed: K_NONE, K_FILE or K_DIR. */
static char fs_kind(const char *path)
{
	Sym *k = S(path);
	void **slot = map_slot(&kindcache, k, true);
	if (*slot)
		return (char)((intptr_t)*slot - 1);
	char kind = fs_stat_kind(path);
	*map_slot(&kindcache, k, true) = (void *)(intptr_t)(kind + 1);
	return kind;
}

static bool is_dir(const char *path)
{
	return fs_kind(path) == K_DIR;
}

static bool is_file(const char *path)
{
	return fs_kind(path) == K_FILE;
}

static int cmp_dirent(const void *a, const void *b)
{
	return strcmp(((const DirEnt *)a)->name, ((const DirEnt *)b)->name);
}

/* The entries of dir, sorted by name, as os.ReadDir gives them. */
static DirList *fs_readdir(const char *dir)
{
	Sym *k = S(dir);
	DirList *dl = map_get(&dircache, k);
	if (dl)
		return dl;
	dl = arena_alloc(&sa, sizeof *dl);
	map_put(&dircache, k, dl);
	DIR *d = opendir(dir);
	if (!d) {
		dl->err = errno ? errno : EIO;
		return dl;
	}
	int cap = 0;
	DirEnt *v = NULL;
	struct dirent *e;
	Buf path = {0};
	while ((e = readdir(d)) != NULL) {
		const char *name = e->d_name;
		if (streq(name, ".") || streq(name, ".."))
			continue;
		char kind = K_FILE;
#ifdef DT_DIR
		if (e->d_type == DT_DIR) {
			kind = K_DIR;
		} else if (e->d_type == DT_REG) {
			kind = K_FILE;
		} else
#endif
		{
			path.n = 0;
			buf_puts(&path, dir);
			buf_putc(&path, '/');
			buf_puts(&path, name);
			struct stat st;
			if (lstat(path.p, &st) == 0 && S_ISDIR(st.st_mode))
				kind = K_DIR;
			else if (fs_stat_kind(path.p) == K_DIR)
				kind = K_LINKDIR;
		}
		if (dl->n == cap) {
			cap = cap ? 2 * cap : 32;
			v = xrealloc(v, (size_t)cap * sizeof *v);
		}
		v[dl->n].name = sdup(name);
		v[dl->n].kind = kind;
		dl->n++;
	}
	closedir(d);
	free(path.p);
	if (dl->n > 1)
		qsort(v, (size_t)dl->n, sizeof *v, cmp_dirent);
	if (dl->n) {
		dl->v = arena_alloc(&sa, (size_t)dl->n * sizeof *v);
		memcpy(dl->v, v, (size_t)dl->n * sizeof *v);
	}
	free(v);
	return dl;
}

/* Read at most max bytes of a file (all of it if max is 0).  *full says
 * whether that is the whole file.  NULL with errno on failure. */
static char *read_prefix(int dirfd, const char *path, size_t max, size_t *size, bool *full)
{
	if (max == 0) {
		*full = true;
		return util_read_file_at(dirfd, path, size);
	}
	int fd = openat(dirfd, path, O_RDONLY);
	if (fd < 0)
		return NULL;
	char *buf = xmalloc(max + 1);
	long got = util_read_upto(fd, buf, max, false);
	if (got < 0) {
		int e = errno;
		close(fd);
		free(buf);
		errno = e;
		return NULL;
	}
	size_t n = (size_t)got;
	*full = n < max;
	if (n == max) {
		char c;
		*full = read(fd, &c, 1) == 0;
	}
	close(fd);
	buf[n] = 0;
	*size = n;
	return buf;
}

/* ==================================================================== */
/* The environment and the build context                                 */
/* ==================================================================== */

static const char *const known_os[] = {
	"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
	"linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos", NULL,
};
static const char *const unix_os[] = {
	"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios",
	"linux", "netbsd", "openbsd", "solaris", NULL,
};
static const char *const known_arch[] = {
	"386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips",
	"mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
	"riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm", NULL,
};
/* `go tool dist list` for Go 1.19. */
static const char *const valid_pairs[] = {
	"aix/ppc64", "android/386", "android/amd64", "android/arm", "android/arm64",
	"darwin/amd64", "darwin/arm64", "dragonfly/amd64", "freebsd/386", "freebsd/amd64",
	"freebsd/arm", "freebsd/arm64", "illumos/amd64", "ios/amd64", "ios/arm64", "js/wasm",
	"linux/386", "linux/amd64", "linux/arm", "linux/arm64", "linux/loong64", "linux/mips",
	"linux/mips64", "linux/mips64le", "linux/mipsle", "linux/ppc64", "linux/ppc64le",
	"linux/riscv64", "linux/s390x", "netbsd/386", "netbsd/amd64", "netbsd/arm",
	"netbsd/arm64", "openbsd/386", "openbsd/amd64", "openbsd/arm", "openbsd/arm64",
	"openbsd/mips64", "plan9/386", "plan9/amd64", "plan9/arm", "solaris/amd64",
	"windows/386", "windows/amd64", "windows/arm", "windows/arm64", NULL,
};
/* go/build's cgoEnabled table (zcgo.go): cgo's default for native builds. */
static const char *const cgo_pairs[] = {
	"aix/ppc64", "android/386", "android/amd64", "android/arm", "android/arm64",
	"darwin/amd64", "darwin/arm64", "dragonfly/amd64", "freebsd/386", "freebsd/amd64",
	"freebsd/arm", "freebsd/arm64", "illumos/amd64", "ios/amd64", "ios/arm64", "linux/386",
	"linux/amd64", "linux/arm", "linux/arm64", "linux/loong64", "linux/mips", "linux/mips64",
	"linux/mips64le", "linux/mipsle", "linux/ppc64le", "linux/riscv64", "linux/s390x",
	"linux/sparc64", "netbsd/386", "netbsd/amd64", "netbsd/arm", "netbsd/arm64",
	"openbsd/386", "openbsd/amd64", "openbsd/arm", "openbsd/arm64", "openbsd/mips64",
	"solaris/amd64", "windows/386", "windows/amd64", "windows/arm64", NULL,
};
/* The experiments of Go 1.19 (internal/goexperiment.Flags), lower case. */
static const char *const experiments[] = {
	"fieldtrack", "preemptibleloops", "staticlockranking", "boringcrypto", "unified",
	"regabiwrappers", "regabiargs", "heapminimum512kib", NULL,
};

static bool in_list(const char *const *list, const char *s, size_t n)
{
	for (; *list; list++)
		if (strlen(*list) == n && memcmp(*list, s, n) == 0)
			return true;
	return false;
}

#if defined(__linux__)
#define HOST_OS "linux"
#elif defined(__APPLE__)
#define HOST_OS "darwin"
#elif defined(__FreeBSD__)
#define HOST_OS "freebsd"
#elif defined(__OpenBSD__)
#define HOST_OS "openbsd"
#elif defined(__NetBSD__)
#define HOST_OS "netbsd"
#elif defined(_WIN32)
#define HOST_OS "windows"
#else
#define HOST_OS "linux"
#endif

#if defined(__x86_64__)
#define HOST_ARCH "amd64"
#elif defined(__aarch64__)
#define HOST_ARCH "arm64"
#elif defined(__i386__)
#define HOST_ARCH "386"
#elif defined(__arm__)
#define HOST_ARCH "arm"
#elif defined(__riscv) && __riscv_xlen == 64
#define HOST_ARCH "riscv64"
#elif defined(__powerpc64__) && defined(__LITTLE_ENDIAN__)
#define HOST_ARCH "ppc64le"
#elif defined(__powerpc64__)
#define HOST_ARCH "ppc64"
#elif defined(__s390x__)
#define HOST_ARCH "s390x"
#elif defined(__loongarch64)
#define HOST_ARCH "loong64"
#else
#define HOST_ARCH "amd64"
#endif

/* The loader's state for one run.  Modules and packages live in the run
 * arena; maps key on interned paths. */
typedef enum ModMode { MOD_READONLY, MOD_MOD, MOD_VENDOR } ModMode;

typedef struct ModVer {
	const char *path, *version;
} ModVer;

typedef struct Replace {
	ModVer old, new;        /* new.version "" means a directory */
	const char *dir;        /* the directory a directory replacement resolves to */
} Replace;

typedef struct ModFile {
	const char *file;       /* path of the go.mod */
	const char *module;
	const char *go;         /* go directive, or "" */
	ModVer *require; int nrequire;
	bool *indirect;
	ModVer *exclude; int nexclude;
	Replace *replace; int nreplace;
} ModFile;

static struct {
	/* environment */
	const char *cwd;
	const char *goroot, *gorootsrc;
	const char **gopath; int ngopath;
	const char *goos, *goarch;
	bool cgo;
	bool softfloat;         /* gc's Arch.SoftFloat for GOARCH (soft_float) */
	StrList buildtags, tooltags;
	const char *gomodcache;
	const char *goflags_mod, *goflags_tags;
	const char *goflags_instrument[3];      /* GOFLAGS' -race, -msan, -asan */
	const char *instrument;         /* "race", "msan", "asan" or NULL */
	bool keep_going;
	bool defer_parse_errors;
	bool compile_files;
	const char *localprefix;        /* gc's -D */
	const char **incdirs;           /* gc's -I */
	int nincdirs;
	bool parse_late;
	bool parse_at_check;
	bool compiling_runtime;
	bool run_cgo;

	/* modules */
	bool modules;           /* module mode */
	ModMode modmode;
	bool modexplicit;       /* -mod given */
	Module **mains; int nmains;
	ModFile **mainfiles;
	const char *workfile;   /* go.work in use, or NULL */
	const char *gowork_dir;
	Replace *replace; int nreplace;   /* effective replacements */
	ModVer *roots; int nroots;        /* the main modules' requirements */
	bool pruned;            /* graph pruning (go >= 1.17) */
	Map graph_selected;     /* path -> version (after the full graph is read) */
	bool graph_loaded;
	Map modules_by_key;     /* "path@version" -> Module */
	Map modsum;             /* "path@version" -> ModFile summary (or NULL) */
	/* vendor/modules.txt */
	bool vendor_read;
	Map vendor_pkg;         /* package path -> Module */
	Map vendor_ver;         /* module path -> version string */

	/* packages */
	Map pkgcache;           /* resolved path -> SrcPackage */
	Map scancache;          /* dir -> Scan */
	PtrVec order;           /* packages, in the order they finish */
	PtrVec stack;           /* import stack: const char * */
	int nerrors, nsyntax;
} L;

static _Noreturn void die(const char *fmt, ...)
{
	va_list ap;
	char msg[4096];
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	fflush(stdout);
	util_die("%s", msg);
}

/* The go env file ($GOENV, else $XDG_CONFIG_HOME/go/env or
 * $HOME/.config/go/env): KEY=VALUE lines. */
static char *goenv_data;
static bool goenv_read;

static const char *goenv_file_value(const char *key)
{
	if (!goenv_read) {
		goenv_read = true;
		const char *file = getenv("GOENV");
		char *path = NULL;
		if (file && *file) {
			if (streq(file, "off"))
				return NULL;
			path = sdup(file);
		} else if (getenv("XDG_CONFIG_HOME") && *getenv("XDG_CONFIG_HOME")) {
			path = sfmt("%s/go/env", getenv("XDG_CONFIG_HOME"));
		} else if (getenv("HOME") && *getenv("HOME")) {
			path = sfmt("%s/.config/go/env", getenv("HOME"));
		}
		size_t n;
		if (path)
			goenv_data = util_read_file(path, &n);
	}
	if (!goenv_data)
		return NULL;
	size_t klen = strlen(key);
	for (const char *p = goenv_data; *p;) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len > klen && memcmp(p, key, klen) == 0 && p[klen] == '=') {
			const char *v = p + klen + 1;
			size_t vn = len - klen - 1;
			while (vn > 0 && (v[vn - 1] == '\r' || v[vn - 1] == ' '))
				vn--;
			return sndup(v, vn);
		}
		p += len + (e ? 1 : 0);
	}
	return NULL;
}

/* cmd/go's cfg.Getenv: a non-empty environment variable, else the go env
 * file; "" when neither. */
static const char *go_getenv(const char *key)
{
	const char *v = getenv(key);
	if (v && *v)
		return v;
	v = goenv_file_value(key);
	return v ? v : "";
}

/* The GOROOT of the go command on $PATH: follow the symbolic links of its
 * binary to GOROOT/bin/go (Debian: /usr/bin/go -> ../lib/go-1.19/bin/go). */
static const char *goroot_from_path(void)
{
	const char *path = getenv("PATH");
	if (!path)
		return NULL;
	while (*path) {
		const char *e = strchr(path, ':');
		size_t n = e ? (size_t)(e - path) : strlen(path);
		char *dir = n ? sndup(path, n) : sdup(".");
		char *exe = sfmt("%s/go", dir);
		char real[PATH_MAX];
		if (access(exe, X_OK) == 0 && fs_stat_kind(exe) == K_FILE && realpath(exe, real)) {
			char *root = path_dir(path_dir(real));
			if (streq(path_base(path_dir(real)), "bin") && is_dir(sfmt("%s/src/runtime", root)))
				return root;
		}
		path += n + (e ? 1 : 0);
	}
	return NULL;
}

static void split_tags(const char *s, StrList *out)
{
	/* -tags takes a comma-separated list; a list with no comma may be
	 * space-separated (the old form). */
	char sep = strchr(s, ',') ? ',' : ' ';
	while (*s) {
		while (*s == sep || *s == ' ')
			s++;
		const char *e = s;
		while (*e && *e != sep && *e != ' ')
			e++;
		if (e > s)
			sl_push(out, sndup(s, (size_t)(e - s)));
		s = e;
	}
}

/* GOFLAGS: space-separated flags; we take -mod and -tags from it. */
static void parse_goflags(const char *s)
{
	while (*s) {
		while (*s == ' ' || *s == '\t' || *s == '\n')
			s++;
		const char *e = s;
		while (*e && *e != ' ' && *e != '\t' && *e != '\n')
			e++;
		char *f = sndup(s, (size_t)(e - s));
		s = e;
		if (f[0] == '-' && f[1] == '-')
			f++;
		if (has_prefix(f, "-mod="))
			L.goflags_mod = f + 5;
		else if (has_prefix(f, "-tags="))
			L.goflags_tags = f + 6;
		else {
			/* the instrumentation flags (booleans) */
			static const char *const modes[] = {"race", "msan", "asan"};
			for (int i = 0; i < 3; i++) {
				size_t n = strlen(modes[i]);
				if (strncmp(f + 1, modes[i], n) != 0)
					continue;
				const char *v = f + 1 + n;
				if (!*v || streq(v, "=true") || streq(v, "=1") || streq(v, "=t") || streq(v, "=T") ||
				    streq(v, "=TRUE") || streq(v, "=True"))
					L.goflags_instrument[i] = modes[i];
				else if (*v == '=')
					L.goflags_instrument[i] = NULL;
			}
		}
	}
}

/* The instrumentation in effect (cmd/go's instrumentInit, gc's flag
 * checks): the mode of the command line or, for go build (not for .go
 * files compiled as go tool compile compiles them), of GOFLAGS; at most
 * one; the target must support it, and go build needs cgo for it.  Its
 * name becomes a build tag (a tool tag, as the go command adds it). */
static bool supported_instrument(const char *mode)
{
	const char *os = L.goos, *arch = L.goarch;
	if (streq(mode, "race")) {
		if (streq(os, "linux"))
			return streq(arch, "amd64") || streq(arch, "ppc64le") || streq(arch, "arm64") ||
			       streq(arch, "s390x");
		if (streq(os, "darwin"))
			return streq(arch, "amd64") || streq(arch, "arm64");
		if (streq(os, "freebsd") || streq(os, "netbsd") || streq(os, "openbsd") || streq(os, "windows"))
			return streq(arch, "amd64");
		return false;
	}
	if (streq(mode, "msan"))
		return streq(os, "linux") && (streq(arch, "amd64") || streq(arch, "arm64"));
	return streq(os, "linux") && (streq(arch, "amd64") || streq(arch, "arm64") || streq(arch, "riscv64"));
}

static void instrument_init(const LoadConfig *cfg, bool compile)
{
	const char *set[3];
	int n = 0;
	if (cfg->instrument)
		set[n++] = cfg->instrument;
	for (int i = 0; !compile && i < 3; i++)
		if (L.goflags_instrument[i] && !(cfg->instrument && streq(cfg->instrument, L.goflags_instrument[i])))
			set[n++] = L.goflags_instrument[i];
	if (n == 0)
		return;
	if (n > 1) {
		if (compile)
			die("cannot use both -%s and -%s", set[0], set[1]);
		die("may not use -%s and -%s simultaneously", set[0], set[1]);
	}
	if (!supported_instrument(set[0])) {
		if (compile)
			die("%s/%s does not support -%s", L.goos, L.goarch, set[0]);
		die("-%s is not supported on %s/%s", set[0], L.goos, L.goarch);
	}
	if (!compile && !L.cgo) {
		if (!streq(L.goos, HOST_OS) || !streq(L.goarch, HOST_ARCH))
			die("-%s requires cgo", set[0]);
		die("-%s requires cgo; enable cgo by setting CGO_ENABLED=1", set[0]);
	}
	L.instrument = set[0];
	sl_push(&L.tooltags, set[0]);
}

/* gc's Arch.SoftFloat: floating point done in software, as the variable
 * of the architecture selects it (internal/buildcfg, with this Go's
 * defaults: GOARM=5, GO386=softfloat, GOMIPS and GOMIPS64=hardfloat).
 * The compiler then makes no math function an intrinsic. */
static bool soft_float(const char *goarch)
{
	const char *var = NULL, *dflt = NULL, *soft = NULL;
	if (streq(goarch, "arm"))
		var = "GOARM", dflt = "5", soft = "5";
	else if (streq(goarch, "386"))
		var = "GO386", dflt = soft = "softfloat";
	else if (streq(goarch, "mips") || streq(goarch, "mipsle"))
		var = "GOMIPS", dflt = "hardfloat", soft = "softfloat";
	else if (streq(goarch, "mips64") || streq(goarch, "mips64le"))
		var = "GOMIPS64", dflt = "hardfloat", soft = "softfloat";
	else
		return false;
	const char *v = go_getenv(var);
	return streq(*v ? v : dflt, soft);
}

/* GOEXPERIMENT, as internal/buildcfg parses it for GOARCH. */
static void set_experiments(void)
{
	bool on[16] = {0};
	int iwrap = 5, iargs = 6;
	bool regabi_supported = false, regabi_always = false;
	const char *a = L.goarch;
	if (streq(a, "amd64") || streq(a, "arm64") || streq(a, "ppc64le") || streq(a, "ppc64"))
		regabi_always = regabi_supported = true;
	else if (streq(a, "riscv64"))
		regabi_supported = true;
	on[iwrap] = on[iargs] = regabi_supported;
	const char *exp = go_getenv("GOEXPERIMENT");
	while (*exp) {
		const char *e = strchr(exp, ',');
		size_t n = e ? (size_t)(e - exp) : strlen(exp);
		char *f = sndup(exp, n);
		exp += n + (e ? 1 : 0);
		if (!*f)
			continue;
		if (streq(f, "none")) {
			memset(on, 0, sizeof on);
			continue;
		}
		bool val = true;
		if (has_prefix(f, "no")) {
			f += 2;
			val = false;
		}
		if (streq(f, "regabi")) {
			on[iwrap] = on[iargs] = val;
			continue;
		}
		int k = -1;
		for (int i = 0; experiments[i]; i++)
			if (streq(experiments[i], f))
				k = i;
		if (k < 0)
			die("unknown GOEXPERIMENT %s", f);
		on[k] = val;
	}
	if (regabi_always)
		on[iwrap] = on[iargs] = true;
	if (!regabi_supported)
		on[iwrap] = on[iargs] = false;
	if (on[iargs] && !on[iwrap])
		die("GOEXPERIMENT regabiargs requires regabiwrappers");
	for (int i = 0; experiments[i]; i++)
		if (on[i])
			sl_push(&L.tooltags, sfmt("goexperiment.%s", experiments[i]));
}

static void env_init(const LoadConfig *cfg)
{
	char cwd[PATH_MAX];
	if (!getcwd(cwd, sizeof cwd))
		die("cannot determine the current directory: %s", errstr(errno));
	L.cwd = sdup(cwd);
	const char *pwd = getenv("PWD");
	/* like os.Getwd: $PWD when it names the same directory */
	if (pwd && pwd[0] == '/') {
		struct stat a, b;
		if (stat(pwd, &a) == 0 && stat(cwd, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
			L.cwd = path_clean(pwd);
	}

	/* GOROOT */
	const char *goroot = cfg->goroot;
	const char *from = "-goroot";
	if (!goroot || !*goroot) {
		goroot = go_getenv("GOROOT");
		from = "$GOROOT";
	}
	if (!*goroot) {
		goroot = goroot_from_path();
		from = NULL;
		if (!goroot)
			die("cannot find GOROOT: $GOROOT is not set and there is no go command on $PATH; "
			    "install Go 1.19 (Debian: apt-get install golang-go) or set GOROOT");
	}
	goroot = path_clean(goroot);
	if (goroot[0] != '/')
		goroot = path_join(L.cwd, goroot);
	if (!is_dir(goroot))
		die("cannot find GOROOT directory: %s%s", goroot, from ? sfmt(" (set by %s)", from) : "");
	if (!is_dir(sfmt("%s/src/runtime", goroot)))
		die("GOROOT %s holds no Go source tree (no src/runtime)", goroot);
	L.goroot = goroot;
	L.gorootsrc = sfmt("%s/src", goroot);
	size_t vn;
	char *version = util_read_file(sfmt("%s/VERSION", goroot), &vn);
	if (version && !has_prefix(version, "go1.19") && has_prefix(version, "go1."))
		fprintf(stderr, "goescape: warning: GOROOT %s is %.*s; goescape follows Go 1.19\n", goroot,
			(int)strcspn(version, "\r\n"), version);
	free(version);

	/* GOPATH: $GOPATH, else $HOME/go (unless that is GOROOT) */
	const char *gopath = go_getenv("GOPATH");
	if (!*gopath && getenv("HOME") && *getenv("HOME")) {
		char *def = sfmt("%s/go", getenv("HOME"));
		if (!streq(path_clean(def), goroot))
			gopath = def;
	}
	StrList gp = {0};
	for (const char *p = gopath; *p;) {
		const char *e = strchr(p, ':');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		char *d = sndup(p, n);
		p += n + (e ? 1 : 0);
		if (!*d || streq(d, goroot) || d[0] == '~')
			continue;
		sl_push(&gp, path_clean(d));
	}
	L.gopath = gp.v;
	L.ngopath = gp.n;
	const char *modcache = go_getenv("GOMODCACHE");
	if (*modcache)
		L.gomodcache = path_clean(modcache);
	else if (L.ngopath)
		L.gomodcache = sfmt("%s/pkg/mod", L.gopath[0]);

	/* GOOS, GOARCH, CGO_ENABLED */
	L.goos = cfg->goos && *cfg->goos ? cfg->goos : go_getenv("GOOS");
	if (!*L.goos)
		L.goos = HOST_OS;
	L.goarch = cfg->goarch && *cfg->goarch ? cfg->goarch : go_getenv("GOARCH");
	if (!*L.goarch)
		L.goarch = HOST_ARCH;
	char *pair = sfmt("%s/%s", L.goos, L.goarch);
	if (!in_list(valid_pairs, pair, strlen(pair)))
		die("unsupported GOOS/GOARCH pair %s", pair);
	const char *cgo = go_getenv("CGO_ENABLED");
	if (cfg->cgo)
		L.cgo = cfg->cgo == 1;
	else if (streq(cgo, "1") || streq(cgo, "0"))
		L.cgo = cgo[0] == '1';
	else if (!streq(L.goos, HOST_OS) || !streq(L.goarch, HOST_ARCH))
		L.cgo = false;  /* cross builds: cgo must be asked for */
	else
		L.cgo = in_list(cgo_pairs, pair, strlen(pair));
	set_experiments();
	L.softfloat = soft_float(L.goarch);

	parse_goflags(go_getenv("GOFLAGS"));
	const char *tags = cfg->tags ? cfg->tags : L.goflags_tags;
	if (tags)
		split_tags(tags, &L.buildtags);
	L.keep_going = cfg->keep_going;
	L.defer_parse_errors = cfg->defer_parse_errors;
	L.compile_files = cfg->compile_files;
	L.localprefix = cfg->localprefix;
	L.incdirs = cfg->incdirs;
	L.nincdirs = cfg->nincdirs;
	L.parse_late = cfg->parse_late;
	L.parse_at_check = cfg->parse_at_check;
	L.compiling_runtime = cfg->compiling_runtime;
	L.run_cgo = cfg->run_cgo;
}

/* go/build's matchTag: is the build tag satisfied? */
static bool match_tag(const char *name, size_t n)
{
#define IS(s) (n == strlen(s) && memcmp(name, s, n) == 0)
	if (L.cgo && IS("cgo"))
		return true;
	if (IS(L.goos) || IS(L.goarch) || IS("gc"))
		return true;
	if (streq(L.goos, "android") && IS("linux"))
		return true;
	if (streq(L.goos, "illumos") && IS("solaris"))
		return true;
	if (streq(L.goos, "ios") && IS("darwin"))
		return true;
	if (IS("unix") && in_list(unix_os, L.goos, strlen(L.goos)))
		return true;
	if (IS("boringcrypto")) {
		name = "goexperiment.boringcrypto";
		n = strlen(name);
	}
	for (int i = 0; i < L.buildtags.n; i++)
		if (IS(L.buildtags.v[i]))
			return true;
	for (int i = 0; i < L.tooltags.n; i++)
		if (IS(L.tooltags.v[i]))
			return true;
	/* release tags go1.1 ... go1.19 */
	if (n > 4 && memcmp(name, "go1.", 4) == 0 && name[4] != '0') {
		int v = 0;
		for (size_t i = 4; i < n; i++) {
			if (name[i] < '0' || name[i] > '9' || v > 1000)
				return false;
			v = v * 10 + (name[i] - '0');
		}
		return v >= 1 && v <= GO_MINOR;
	}
	return false;
#undef IS
}

/* ==================================================================== */
/* Build constraints                                                     */
/* ==================================================================== */

/* go/build's goodOSArchFile: name_GOOS, name_GOARCH, name_GOOS_GOARCH,
 * each optionally followed by _test, before the first dot. */
static bool good_os_arch_file(const char *name)
{
	size_t n = strcspn(name, ".");
	const char *u = memchr(name, '_', n);
	if (!u)
		return true;
	/* the elements after the first '_' */
	const char *el[64];
	size_t len[64];
	int k = 0;
	const char *p = u + 1, *end = name + n;
	for (;;) {
		const char *q = memchr(p, '_', (size_t)(end - p));
		if (!q)
			q = end;
		if (k < 64) {
			el[k] = p;
			len[k] = (size_t)(q - p);
			k++;
		}
		if (q == end)
			break;
		p = q + 1;
	}
	if (k > 0 && len[k - 1] == 4 && memcmp(el[k - 1], "test", 4) == 0)
		k--;
	if (k >= 2 && in_list(known_os, el[k - 2], len[k - 2]) && in_list(known_arch, el[k - 1], len[k - 1]))
		return match_tag(el[k - 1], len[k - 1]) && match_tag(el[k - 2], len[k - 2]);
	if (k >= 1 && (in_list(known_os, el[k - 1], len[k - 1]) || in_list(known_arch, el[k - 1], len[k - 1])))
		return match_tag(el[k - 1], len[k - 1]);
	return true;
}

static bool is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Trim ASCII white space from [*s, *e). */
static void trim(const char **s, const char **e)
{
	while (*s < *e && is_space((unsigned char)**s))
		(*s)++;
	while (*e > *s && is_space((unsigned char)(*e)[-1]))
		(*e)--;
}

static bool tag_char(int c)
{
	/* letters, digits, '_' and '.'; other runes count as letters */
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
	       c == '.' || c >= 0x80;
}

/* The //go:build expression grammar of go/build/constraint, evaluated as
 * it is parsed:
 *   Expr = And { "||" And } .  And = Not { "&&" Not } .
 *   Not = "!" Atom | Atom .    Atom = "(" Expr ")" | tag .  */
typedef struct ExprP {
	const char *s, *end;
	const char *tok;        /* current token */
	size_t toklen;          /* 0 at the end */
	bool istag;
	const char *err;
	int depth;
} ExprP;

static void ex_lex(ExprP *p)
{
	p->istag = false;
	while (p->s < p->end && (*p->s == ' ' || *p->s == '\t'))
		p->s++;
	p->tok = p->s;
	if (p->s >= p->end) {
		p->toklen = 0;
		return;
	}
	char c = *p->s;
	if (c == '(' || c == ')' || c == '!') {
		p->toklen = 1;
		p->s++;
		return;
	}
	if (c == '&' || c == '|') {
		if (p->s + 1 >= p->end || p->s[1] != c) {
			if (!p->err)
				p->err = sfmt("invalid syntax at %c", c);
			p->toklen = 0;
			p->s = p->end;
			return;
		}
		p->toklen = 2;
		p->s += 2;
		return;
	}
	const char *q = p->s;
	while (q < p->end && tag_char((unsigned char)*q))
		q++;
	if (q == p->s) {
		if (!p->err)
			p->err = sfmt("invalid syntax at %c", c);
		p->toklen = 0;
		p->s = p->end;
		return;
	}
	p->toklen = (size_t)(q - p->s);
	p->s = q;
	p->istag = true;
}

static bool tok_is(const ExprP *p, const char *t)
{
	return p->toklen == strlen(t) && memcmp(p->tok, t, p->toklen) == 0;
}

static bool ex_or(ExprP *p);
static const char err_end[] = "unexpected end of expression";

static bool ex_atom(ExprP *p)
{
	if (p->err)
		return false;
	if (tok_is(p, "(")) {
		if (++p->depth > 1000) {
			p->err = "expression too deeply nested";
			return false;
		}
		bool v = ex_or(p);
		p->depth--;
		if (p->err == err_end || (!p->err && !tok_is(p, ")")))
			p->err = "missing close paren";
		ex_lex(p);
		return v;
	}
	if (!p->istag) {
		if (!p->err)
			p->err = p->toklen == 0 ? err_end
			                        : sfmt("unexpected token %.*s", (int)p->toklen, p->tok);
		return false;
	}
	bool v = match_tag(p->tok, p->toklen);
	ex_lex(p);
	return v;
}

static bool ex_not(ExprP *p)
{
	ex_lex(p);
	if (tok_is(p, "!")) {
		ex_lex(p);
		if (tok_is(p, "!")) {
			if (!p->err)
				p->err = "double negation not allowed";
			return false;
		}
		return !ex_atom(p);
	}
	return ex_atom(p);
}

static bool ex_and(ExprP *p)
{
	bool v = ex_not(p);
	while (!p->err && tok_is(p, "&&")) {
		bool w = ex_not(p);
		v = v && w;
	}
	return v;
}

static bool ex_or(ExprP *p)
{
	bool v = ex_and(p);
	while (!p->err && tok_is(p, "||")) {
		bool w = ex_and(p);
		v = v || w;
	}
	return v;
}

/* Evaluate a //go:build expression; *err gets a syntax error. */
static bool eval_go_build(const char *s, const char *end, const char **err)
{
	ExprP p = {.s = s, .end = end};
	bool v = ex_or(&p);
	if (!p.err && p.toklen != 0)
		p.err = sfmt("unexpected token %.*s", (int)p.toklen, p.tok);
	*err = p.err;
	return v;
}

static bool valid_tag(const char *s, size_t n)
{
	if (n == 0)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!tag_char((unsigned char)s[i]))
			return false;
	return true;
}

/* A // +build line's expression: space-separated OR of comma-separated
 * AND of optionally negated tags; a malformed term means "ignore". */
static bool eval_plus_build(const char *s, const char *end)
{
	bool any = false, result = false;
	while (s < end) {
		while (s < end && is_space((unsigned char)*s))
			s++;
		if (s >= end)
			break;
		const char *ce = s;
		while (ce < end && !is_space((unsigned char)*ce))
			ce++;
		bool clause = true;
		for (const char *t = s; t <= ce;) {
			const char *te = memchr(t, ',', (size_t)(ce - t));
			if (!te)
				te = ce;
			bool v;
			size_t n = (size_t)(te - t);
			if ((n >= 2 && t[0] == '!' && t[1] == '!') || (n == 1 && t[0] == '!')) {
				v = match_tag("ignore", 6);
			} else {
				bool neg = n > 0 && t[0] == '!';
				const char *w = t + neg;
				size_t wn = n - neg;
				v = valid_tag(w, wn) ? match_tag(w, wn) : match_tag("ignore", 6);
				if (neg)
					v = !v;
			}
			clause = clause && v;
			t = te + 1;
		}
		result = any ? (result || clause) : clause;
		any = true;
		s = ce;
	}
	return any ? result : match_tag("ignore", 6);
}

/* Is the trimmed line a //go:build comment (go/build's isGoBuildComment)? */
static bool is_go_build_line(const char *s, const char *e)
{
	size_t n = (size_t)(e - s);
	if (n < 10 || memcmp(s, "//go:build", 10) != 0)
		return false;
	return n == 10 || is_space((unsigned char)s[10]);
}

/* go/build's shouldBuild on a file's contents.  Returns 1 (build), 0
 * (excluded) or -1 with *err set. */
static int should_build(const char *data, size_t size, const char **err)
{
	/* parseFileHeader: the leading run of // comments and blank lines;
	 * +build lines count only before the last blank line of that run */
	if (size >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;   /* go/build reads past a byte order mark */
		size -= 3;
	}
	const char *p = data, *end = data + size;
	const char *hdr_end = data;   /* end of the part where +build counts */
	const char *gb = NULL, *gbe = NULL;
	bool ended = false, in_star = false;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		const char *next = nl ? nl + 1 : end;
		const char *s = p, *e = le;
		trim(&s, &e);
		p = next;
		if (s == e && !ended) {
			hdr_end = next;
			continue;
		}
		if (!(e - s >= 2 && s[0] == '/' && s[1] == '/'))
			ended = true;
		if (!in_star && is_go_build_line(s, e)) {
			if (gb) {
				*err = "multiple //go:build comments";
				return -1;
			}
			gb = s;
			gbe = e;
		}
		/* comments on the line */
		bool stop = false;
		while (s < e) {
			if (in_star) {
				const char *q = s;
				while (q + 1 < e && !(q[0] == '*' && q[1] == '/'))
					q++;
				if (q + 1 < e) {
					in_star = false;
					s = q + 2;
					trim(&s, &e);
					continue;
				}
				break;
			}
			if (e - s >= 2 && s[0] == '/' && s[1] == '/')
				break;
			if (e - s >= 2 && s[0] == '/' && s[1] == '*') {
				in_star = true;
				s += 2;
				trim(&s, &e);
				continue;
			}
			stop = true;
			break;
		}
		if (stop)
			break;
	}
	if (gb) {
		const char *s = gb + 10, *e = gbe;
		trim(&s, &e);
		const char *perr = NULL;
		bool v = eval_go_build(s, e, &perr);
		if (perr) {
			*err = sfmt("parsing //go:build line: %s", perr);
			return -1;
		}
		return v;
	}
	bool ok = true;
	for (p = data; p < hdr_end;) {
		const char *nl = memchr(p, '\n', (size_t)(hdr_end - p));
		const char *le = nl ? nl : hdr_end;
		const char *s = p, *e = le;
		p = nl ? nl + 1 : hdr_end;
		trim(&s, &e);
		if (e - s < 2 || s[0] != '/' || s[1] != '/')
			continue;
		s += 2;
		trim(&s, &e);
		if (e - s < 6 || memcmp(s, "+build", 6) != 0)
			continue;
		s += 6;
		if (s < e && !is_space((unsigned char)*s))
			continue;
		if (!eval_plus_build(s, e))
			ok = false;
	}
	return ok;
}

/* ==================================================================== */
/* The package clause and imports of a file (go/build's importReader)    */
/* ==================================================================== */

/* Unquote a Go string literal (interpreted or raw) into the run arena;
 * NULL if it is malformed.  *len, if len, gets its length (it may hold
 * NUL bytes). */
static char *unquote_n(const char *s, size_t n, size_t *len)
{
	if (n < 2)
		return NULL;
	char q = s[0];
	if ((q != '"' && q != '`') || s[n - 1] != q)
		return NULL;
	char *out = arena_alloc(&sa, n);
	size_t w = 0;
	if (q == '`') {
		for (size_t i = 1; i < n - 1; i++) {
			if (s[i] == '`')
				return NULL;
			if (s[i] != '\r')
				out[w++] = s[i];
		}
		out[w] = 0;
		if (len)
			*len = w;
		return out;
	}
	for (size_t i = 1; i < n - 1;) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\n')
			return NULL;
		if (c != '\\') {
			out[w++] = (char)c;
			i++;
			continue;
		}
		if (i + 1 >= n - 1)
			return NULL;
		char e = s[i + 1];
		i += 2;
		uint32_t r;
		int digits = 0, base = 16;
		switch (e) {
		case 'a': out[w++] = '\a'; continue;
		case 'b': out[w++] = '\b'; continue;
		case 'f': out[w++] = '\f'; continue;
		case 'n': out[w++] = '\n'; continue;
		case 'r': out[w++] = '\r'; continue;
		case 't': out[w++] = '\t'; continue;
		case 'v': out[w++] = '\v'; continue;
		case '\\': out[w++] = '\\'; continue;
		case '"': out[w++] = '"'; continue;
		case 'x': digits = 2; break;
		case 'u': digits = 4; break;
		case 'U': digits = 8; break;
		default:
			if (e >= '0' && e <= '7') {
				digits = 3;
				base = 8;
				i--;
				break;
			}
			return NULL;
		}
		r = 0;
		for (int k = 0; k < digits; k++, i++) {
			if (i >= n - 1)
				return NULL;
			char d = s[i];
			int v;
			if (d >= '0' && d <= '9')
				v = d - '0';
			else if (base == 16 && d >= 'a' && d <= 'f')
				v = d - 'a' + 10;
			else if (base == 16 && d >= 'A' && d <= 'F')
				v = d - 'A' + 10;
			else
				return NULL;
			if (v >= base)
				return NULL;
			r = r * (uint32_t)base + (uint32_t)v;
		}
		if (e == 'x' || base == 8) {
			if (r > 255)
				return NULL;
			out[w++] = (char)r;
			continue;
		}
		if (r > 0x10ffff || (r >= 0xd800 && r < 0xe000))
			return NULL;
		/* UTF-8 */
		if (r < 0x80) {
			out[w++] = (char)r;
		} else if (r < 0x800) {
			out[w++] = (char)(0xc0 | (r >> 6));
			out[w++] = (char)(0x80 | (r & 0x3f));
		} else if (r < 0x10000) {
			out[w++] = (char)(0xe0 | (r >> 12));
			out[w++] = (char)(0x80 | ((r >> 6) & 0x3f));
			out[w++] = (char)(0x80 | (r & 0x3f));
		} else {
			out[w++] = (char)(0xf0 | (r >> 18));
			out[w++] = (char)(0x80 | ((r >> 12) & 0x3f));
			out[w++] = (char)(0x80 | ((r >> 6) & 0x3f));
			out[w++] = (char)(0x80 | (r & 0x3f));
		}
	}
	out[w] = 0;
	if (len)
		*len = w;
	return out;
}

static char *unquote(const char *s, size_t n)
{
	return unquote_n(s, n, NULL);
}

static const char *go_quote(const char *s, char quote);

/* ---- GOPATH mode's import comments (go/build's findImportComment) ---- */

/* data[i..n) past spaces, newlines and comments; n when a comment does
 * not end. */
static size_t skip_space_or_comment(const char *d, size_t i, size_t n)
{
	while (i < n) {
		char c = d[i];
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
			i++;
		} else if (c == '/' && i + 1 < n && d[i + 1] == '/') {
			const char *nl = memchr(d + i, '\n', n - i);
			if (!nl)
				return n;
			i = (size_t)(nl - d) + 1;
		} else if (c == '/' && i + 1 < n && d[i + 1] == '*') {
			size_t j = i + 2;
			while (j + 1 < n && !(d[j] == '*' && d[j + 1] == '/'))
				j++;
			if (j + 1 >= n)
				return n;
			i = j + 2;
		} else {
			break;
		}
	}
	return i;
}

/* After spaces and comments, a word of letters, digits and '_': its
 * bounds in *start, *end (equal when there is none). */
static void parse_word(const char *d, size_t i, size_t n, size_t *start, size_t *end)
{
	i = skip_space_or_comment(d, i, n);
	*start = i;
	while (i < n) {
		uint32_t r;
		int w = uni_decode_utf8(d + i, n - i, &r);
		if (!(uni_is_letter((int32_t)r) || (r >= '0' && r <= '9') || r == '_'))
			break;
		i += (size_t)w;
	}
	*end = i;
}

/* The text of `package p // import "path"` after "import", trimmed, as
 * written (quotes included), or NULL when the package clause carries no
 * import comment: a // comment or a one-line block comment on the same
 * line, whose first word is import. */
static const char *find_import_comment(const char *d, size_t n)
{
	size_t ws, we;
	parse_word(d, 0, n, &ws, &we);
	if (we - ws != 7 || memcmp(d + ws, "package", 7) != 0)
		return NULL;
	parse_word(d, we, n, &ws, &we);
	if (ws == we)
		return NULL;
	size_t i = we;
	while (i < n && (d[i] == ' ' || d[i] == '\t' || d[i] == '\r'))
		i++;
	size_t cs = i, ce = i;
	if (i + 1 < n && d[i] == '/' && d[i + 1] == '/') {
		cs = i + 2;
		const char *nl = memchr(d + cs, '\n', n - cs);
		ce = nl ? (size_t)(nl - d) : n;
	} else if (i + 1 < n && d[i] == '/' && d[i + 1] == '*') {
		cs = i + 2;
		size_t j = cs;
		while (j + 1 < n && !(d[j] == '*' && d[j + 1] == '/'))
			j++;
		if (j + 1 >= n || memchr(d + cs, '\n', j - cs))
			return NULL;
		ce = j;
	}
	/* bytes.TrimSpace, then the first word */
	while (cs < ce && strchr(" \t\n\r\v\f", d[cs]))
		cs++;
	while (ce > cs && strchr(" \t\n\r\v\f", d[ce - 1]))
		ce--;
	parse_word(d, cs, ce, &ws, &we);
	if (we - ws != 6 || memcmp(d + ws, "import", 6) != 0)
		return NULL;
	size_t as = we;
	while (as < ce && strchr(" \t\n\r\v\f", d[as]))
		as++;
	return sndup(d + as, ce - as);
}

/* What the header of a Go file says. */
typedef struct Header {
	const char *pkg;        /* package name, or NULL */
	StrList imports;        /* import paths, in order */
	bool bad;               /* not a well-formed header (go/parser would complain) */
	bool nul;               /* a NUL byte in the header */
	bool short_read;        /* the buffer ended before the header did */
	const char *badimport;  /* the first import path go/parser refuses,
				 * as written (quotes and escapes included) */
	int badline, badcol;    /* where that literal starts */
	size_t *specs;          /* where each import's spec starts (offsets) */
	int capspecs;
	size_t end;             /* where the scan stopped */
} Header;

typedef struct HScan {
	const char *s;
	size_t n, i;
	bool err, eof, nul;
} HScan;

static bool ident_byte(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

/* The next byte, after spaces, semicolons and comments if skip. */
static int hs_peek(HScan *r, bool skip)
{
	while (!r->err) {
		if (r->i >= r->n) {
			r->eof = true;
			return 0;
		}
		int c = (unsigned char)r->s[r->i];
		if (c == 0) {
			r->err = r->nul = true;
			return 0;
		}
		if (!skip)
			return c;
		if (c == ' ' || c == '\f' || c == '\t' || c == '\r' || c == '\n' || c == ';') {
			r->i++;
			continue;
		}
		if (c != '/')
			return c;
		if (r->i + 1 < r->n && r->s[r->i + 1] == '/') {
			while (r->i < r->n && r->s[r->i] != '\n')
				r->i++;
			continue;
		}
		if (r->i + 1 < r->n && r->s[r->i + 1] == '*') {
			size_t j = r->i + 2;
			while (j + 1 < r->n && !(r->s[j] == '*' && r->s[j + 1] == '/'))
				j++;
			if (j + 1 >= r->n) {
				r->i = r->n;
				r->err = true;
				return 0;
			}
			r->i = j + 2;
			continue;
		}
		r->err = true;
		return 0;
	}
	return 0;
}

static bool hs_keyword(HScan *r, const char *kw)
{
	hs_peek(r, true);
	size_t n = strlen(kw);
	if (r->err || r->i + n > r->n || memcmp(r->s + r->i, kw, n) != 0) {
		r->err = true;
		return false;
	}
	r->i += n;
	if (r->i < r->n && ident_byte((unsigned char)r->s[r->i])) {
		r->err = true;
		return false;
	}
	return true;
}

static const char *hs_ident(HScan *r)
{
	int c = hs_peek(r, true);
	if (!ident_byte(c)) {
		r->err = true;
		return NULL;
	}
	size_t start = r->i;
	while (r->i < r->n && ident_byte((unsigned char)r->s[r->i]))
		r->i++;
	return sndup(r->s + start, r->i - start);
}

static const char *hs_string(HScan *r)
{
	int c = hs_peek(r, true);
	size_t start = r->i;
	if (c == '`') {
		size_t j = r->i + 1;
		while (j < r->n && r->s[j] != '`')
			j++;
		if (j >= r->n) {
			r->err = true;
			return NULL;
		}
		r->i = j + 1;
	} else if (c == '"') {
		size_t j = r->i + 1;
		while (j < r->n && r->s[j] != '"') {
			if (r->s[j] == '\n') {
				r->err = true;
				return NULL;
			}
			if (r->s[j] == '\\')
				j++;
			j++;
		}
		if (j >= r->n) {
			r->err = true;
			return NULL;
		}
		r->i = j + 1;
	} else {
		r->err = true;
		return NULL;
	}
	char *u = unquote(r->s + start, r->i - start);
	if (!u)
		r->err = true;
	return u;
}

/* go/parser's isValidImport: a non-empty path of graphic, non-space
 * runes, none of them punctuation a path cannot hold. */
static bool valid_import_path(const char *s, size_t n)
{
	static const char illegal[] = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
	if (n == 0)
		return false;
	for (size_t i = 0; i < n;) {
		uint32_t r;
		i += (size_t)uni_decode_utf8(s + i, n - i, &r);
		/* every space IsGraphic admits is one IsSpace refuses */
		if (r == ' ' || r == 0xFFFD || !uni_is_print(r) || (r < 0x80 && strchr(illegal, (int)r)))
			return false;
	}
	return true;
}

static void hs_import(HScan *r, Header *h)
{
	int c = hs_peek(r, true);
	size_t spec = r->i;
	if (c == '.')
		r->i++;
	else if (ident_byte(c))
		hs_ident(r);
	hs_peek(r, true);
	size_t start = r->i;
	const char *path = hs_string(r);
	if (!path)
		return;
	if (h->imports.n == h->capspecs) {
		int ncap = h->capspecs ? 2 * h->capspecs : 8;
		size_t *nv = arena_alloc(&sa, (size_t)ncap * sizeof *nv);
		if (h->imports.n)
			memcpy(nv, h->specs, (size_t)h->imports.n * sizeof *nv);
		h->specs = nv;
		h->capspecs = ncap;
	}
	h->specs[h->imports.n] = spec;
	sl_push(&h->imports, path);
	size_t len = 0;
	unquote_n(r->s + start, r->i - start, &len);
	if (!h->badimport && !valid_import_path(path, len)) {
		/* go/parser's position: line and byte column of the literal */
		h->badimport = sndup(r->s + start, r->i - start);
		h->badline = 1;
		size_t bol = 0;
		for (size_t k = 0; k < start; k++)
			if (r->s[k] == '\n') {
				h->badline++;
				bol = k + 1;
			}
		h->badcol = (int)(start - bol) + 1;
	}
}

/* Read the package clause and the imports at the top of a file. */
static void scan_header(const char *data, size_t size, bool full, Header *h)
{
	memset(h, 0, sizeof *h);
	HScan r = {.s = data, .n = size};
	if (size >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		r.i = 3;
	hs_keyword(&r, "package");
	h->pkg = hs_ident(&r);
	while (!r.err && hs_peek(&r, true) == 'i') {
		hs_keyword(&r, "import");
		if (hs_peek(&r, true) == '(') {
			r.i++;
			while (!r.err && hs_peek(&r, true) != ')')
				hs_import(&r, h);
			if (!r.err)
				r.i++;
		} else {
			hs_import(&r, h);
		}
	}
	/* a prefix that ended the scan, or cut it short (an unterminated
	 * comment, string or keyword at its end): read the whole file */
	if ((r.eof || r.err) && !full)
		h->short_read = true;
	h->end = r.i;
	h->bad = r.err;
	h->nul = r.nul;
	/* the package name must be an identifier */
	if (!h->pkg)
		h->bad = true;
}

/* ==================================================================== */
/* Reading a package directory (go/build's Import)                        */
/* ==================================================================== */

typedef struct SrcFileData {
	const char *name;
	char *data;
	size_t size;
	bool noimports;         /* go/parser failed on its header: go/build
				 * takes no imports from it */
	/* LoadConfig.parse_at_check: the header is plain (well formed, no
	 * byte order mark, no line directive), so its imports, with the
	 * line and column gc's parser gives their specs, are those its
	 * tree would list */
	bool plain;
	int nimps;
	const char **imps;
	uint32_t *ilines, *icols;
} SrcFileData;

/* For parse_at_check: whether the header h of data says all its tree
 * would about its imports; if so, d gets them with their positions. */
static void header_imports(SrcFileData *d, const Header *h, const char *data, size_t size)
{
	if (h->bad || h->nul || h->badimport || h->short_read || (size >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0))
		return;
	size_t end = h->end < size ? h->end : size;
	for (size_t i = 0; i + 6 <= end; i++)
		if (data[i] == '/' && (data[i + 1] == '/' || data[i + 1] == '*') && memcmp(data + i + 2, "line", 4) == 0)
			return; /* a line directive: positions need the lexer */
	d->nimps = h->imports.n;
	d->imps = arena_alloc(&sa, (size_t)(d->nimps + 1) * sizeof *d->imps);
	d->ilines = arena_alloc(&sa, (size_t)(d->nimps + 1) * sizeof *d->ilines);
	d->icols = arena_alloc(&sa, (size_t)(d->nimps + 1) * sizeof *d->icols);
	uint32_t line = 1;
	size_t bol = 0, at = 0;
	for (int k = 0; k < d->nimps; k++) {
		for (; at < h->specs[k]; at++)
			if (data[at] == '\n') {
				line++;
				bol = at + 1;
			}
		d->imps[k] = h->imports.v[k];
		d->ilines[k] = line;
		d->icols[k] = (uint32_t)(h->specs[k] - bol + 1);
	}
	d->plain = true;
}

/* What a directory holds, under the build context. */
typedef struct Scan {
	const char *dir;
	bool missing;           /* the directory does not exist */
	int readerr;            /* errno reading it */
	const char *name;       /* package name */
	StrList gofiles, cgofiles, ignored, cgoignored;
	StrList cfiles, cxxfiles, mfiles, ffiles;   /* C and friends: cgo's business */
	StrList sfiles;         /* assembly (.s) */
	int nswig;              /* .swig and .swigcxx files */
	int ntest, nxtest;
	SrcFileData *src;       /* data of gofiles then cgofiles (to parse) */
	int nsrc;
	const char *err;        /* the first problem with a file (go/build's badGoError) */
	const char *errpos;     /* where, when go/parser found it ("a/a.go:2:8") */
	const char *badfile;    /* file with a header that needs gc's parser to explain it */
	bool invalid;           /* some file is invalid (InvalidGoFiles) */
	bool anyfile;           /* a file passes the build tags (imports.ScanDir's view) */
	bool used;              /* the sources went to a package */
	const char *import_comment;     /* GOPATH mode: the files' import comment */
	const char *comment_file;       /* the first file that has it */
} Scan;

static const char *short_path(const char *path);

static bool scan_nogo(const Scan *s)
{
	return !s->err && s->gofiles.n + s->cgofiles.n + s->ntest + s->nxtest == 0;
}

/* load.NoGoError's wording. */
static const char *nogo_message(const Scan *s)
{
	if (s->ignored.n > 0)
		return sfmt("build constraints exclude all Go files in %s", s->dir);
	if (s->ntest + s->nxtest > 0)
		return sfmt("no non-test Go files in %s", s->dir);
	return sfmt("no Go files in %s", s->dir);
}

static void scan_bad(Scan *s, const char *msg)
{
	if (!s->err)
		s->err = msg;
	s->invalid = true;
}

/* The kind of a non-Go source file go/build keeps track of: 'c', 'x'
 * (C++), 'm' (Objective-C), 'f' (Fortran), 's' (SWIG), or 0. */
static char other_kind(const char *name)
{
	const char *dot = strrchr(name, '.');
	if (!dot)
		return 0;
	static const char *const kinds[] = {
		"c.c", "x.cc", "x.cpp", "x.cxx", "m.m", "f.f", "f.F", "f.for", "f.f90", "s.swig", "s.swigcxx", "a.s", NULL,
	};
	for (int i = 0; kinds[i]; i++)
		if (streq(dot + 1, kinds[i] + 2))
			return kinds[i][0];
	return 0;
}

/* A C, C++, Objective-C, Fortran, SWIG or assembly file: listed if it
 * builds (its leading comments hold its build constraints). */
static void scan_other_file(Scan *s, const char *dir, const char *name)
{
	char kind = other_kind(name);
	if (!kind || name[0] == '_' || name[0] == '.' || !good_os_arch_file(name))
		return;
	size_t size;
	bool full;
	char *data = read_prefix(AT_FDCWD, sfmt("%s/%s", dir, name), 8192, &size, &full);
	if (!data)
		return;
	const char *err = NULL;
	int ok = should_build(data, size, &err);
	free(data);
	if (ok < 0) {
		scan_bad(s, sfmt("%s: %s", name, err));
		return;
	}
	if (!ok)
		return;
	switch (kind) {
	case 'c': sl_push(&s->cfiles, name); break;
	case 'x': sl_push(&s->cxxfiles, name); break;
	case 'm': sl_push(&s->mfiles, name); break;
	case 'f': sl_push(&s->ffiles, name); break;
	case 'a': sl_push(&s->sfiles, name); break;
	default: s->nswig++; break;
	}
}

/* Import a directory the way go/build does.  files, if not NULL, is the
 * list of .go files named on the command line (all files are used, no
 * build constraints apply, as go's GoFilesPackage asks). */
static Scan *scan_dir_files(const char *dir, const char **files, int nfiles)
{
	Scan *s = arena_alloc(&sa, sizeof *s);
	s->dir = dir;
	const DirEnt *ents;
	int n;
	DirEnt *own = NULL;
	if (files) {
		own = arena_alloc(&sa, (size_t)nfiles * sizeof *own);
		for (int i = 0; i < nfiles; i++) {
			own[i].name = files[i];
			own[i].kind = K_FILE;
		}
		ents = own;
		n = nfiles;
	} else {
		DirList *dl = fs_readdir(dir);
		if (dl->err) {
			s->missing = dl->err == ENOENT || dl->err == ENOTDIR;
			s->readerr = dl->err;
			return s;
		}
		ents = dl->v;
		n = dl->n;
	}
	bool all_files = files != NULL;
	const char *firstfile = NULL;
	PtrVec src = {0};
	PtrVec srccgo = {0};
	/* the files are opened relative to their directory: one lookup
	 * each, not one per component of the path */
	int dfd = files ? -1 : open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	for (int i = 0; i < n; i++) {
		const DirEnt *e = &ents[i];
		if (e->kind == K_DIR || e->kind == K_LINKDIR)
			continue;
		const char *name = e->name;
		if (!has_suffix(name, ".go")) {
			if (!all_files)
				scan_other_file(s, dir, name);
			continue;
		}
		if (name[0] == '_' || name[0] == '.')
			continue;
		if (!all_files && !good_os_arch_file(name)) {
			sl_push(&s->ignored, name);
			continue;
		}
		bool test = has_suffix(name, "_test.go");
		const char *path = sfmt("%s/%s", dir, name);
		int at = dfd >= 0 ? dfd : AT_FDCWD;
		const char *rel = dfd >= 0 ? name : path;
		size_t size;
		bool full;
		/* the header is all we need of a file here (its package
		 * clause, imports and build constraints: read again whole
		 * if they run past the prefix); a file that is compiled is
		 * read again when it is parsed */
		char *data = read_prefix(at, rel, 8192, &size, &full);
		if (!data) {
			scan_bad(s, sfmt("open %s: %s", path, errstr(errno)));
			continue;
		}
		Header h;
		scan_header(data, size, full, &h);
		if (h.short_read) {
			free(data);
			data = read_prefix(at, rel, 0, &size, &full);
			if (!data) {
				scan_bad(s, sfmt("open %s: %s", path, errstr(errno)));
				continue;
			}
			scan_header(data, size, full, &h);
		}
		if (h.nul) {
			scan_bad(s, sfmt("read %s: unexpected NUL in input", path));
			free(data);
			continue;
		}
		const char *cerr = NULL;
		int ok = should_build(data, size, &cerr);
		if (ok < 0) {
			scan_bad(s, sfmt("%s: %s", name, cerr));
			free(data);
			continue;
		}
		if (!ok && !all_files) {
			sl_push(&s->ignored, name);
			free(data);
			continue;
		}
		s->anyfile = true;
		if (h.badimport) {
			/* go/parser's first error: before anything h.bad saw */
			if (!s->err)
				s->errpos = sfmt("%s:%d:%d", short_path(path), h.badline, h.badcol);
			scan_bad(s, sfmt("invalid import path: %s", h.badimport));
		} else if (h.bad) {
			/* go/parser would report the first error of this file;
			 * gc's parser will say what it is */
			s->invalid = true;
			if (!s->badfile)
				s->badfile = name;
		}
		const char *pkg = h.pkg ? h.pkg : "";
		if (h.pkg && streq(pkg, "documentation")) {
			sl_push(&s->ignored, name);
			free(data);
			continue;
		}
		bool xtest = false;
		if (test && has_suffix(pkg, "_test") && !(s->name && streq(s->name, pkg))) {
			xtest = true;
			pkg = sndup(pkg, strlen(pkg) - 5);
		}
		if (!s->name) {
			s->name = pkg;
			firstfile = name;
		} else if (!streq(pkg, s->name) && h.pkg) {
			scan_bad(s, sfmt("found packages %s (%s) and %s (%s) in %s", s->name, firstfile, pkg, name, dir));
		}
		const char *qcom = L.modules ? NULL : find_import_comment(data, size);
		if (qcom) {
			const char *com = unquote(qcom, strlen(qcom));
			/* findImportComment counts lines from the comment on:
			 * gc's go command says line 1 whatever the line */
			if (!com)
				scan_bad(s, sfmt("%s:1: cannot parse import comment", path));
			else if (!s->import_comment) {
				s->import_comment = com;
				s->comment_file = name;
			} else if (!streq(s->import_comment, com)) {
				scan_bad(s, sfmt("found import comments %s (%s) and %s (%s) in %s",
					go_quote(s->import_comment, '"'), s->comment_file, go_quote(com, '"'), name, dir));
			}
		}
		bool cgo = false;
		for (int k = 0; k < h.imports.n; k++) {
			if (streq(h.imports.v[k], "C")) {
				if (test) {
					scan_bad(s, sfmt("use of cgo in test %s not supported", path));
					continue;
				}
				cgo = true;
			}
		}
		if (cgo) {
			if (L.cgo) {
				/* cgo files keep their contents (to be parsed) */
				if (!full) {
					free(data);
					data = read_prefix(at, rel, 0, &size, &full);
					if (!data) {
						scan_bad(s, sfmt("open %s: %s", path, errstr(errno)));
						continue;
					}
				}
				sl_push(&s->cgofiles, name);
				SrcFileData *d = arena_alloc(&sa, sizeof *d);
				*d = (SrcFileData){.name = name, .data = data, .size = size, .noimports = h.badimport != NULL};
				vec_push(&srccgo, d);
				continue;
			}
			sl_push(&s->ignored, name);
			sl_push(&s->cgoignored, name);
		} else if (xtest) {
			s->nxtest++;
		} else if (test) {
			s->ntest++;
		} else {
			/* the contents are read again when the package is
			 * parsed: a pattern such as std scans every directory
			 * first, and holding all of GOROOT/src meanwhile
			 * would be most of the run's peak memory */
			sl_push(&s->gofiles, name);
			SrcFileData *d = arena_alloc(&sa, sizeof *d);
			*d = (SrcFileData){.name = name, .noimports = h.badimport != NULL};
			if (L.parse_at_check) {
				header_imports(d, &h, data, size);
				/* a small file read whole is kept: most are
				 * (an open and a read less each) */
				if (full) {
					d->data = data;
					d->size = size;
					data = NULL;
				}
			}
			vec_push(&src, d);
		}
		free(data);
	}
	s->nsrc = src.len + srccgo.len;
	if (s->nsrc) {
		s->src = arena_alloc(&sa, (size_t)s->nsrc * sizeof *s->src);
		for (int i = 0; i < src.len; i++)
			s->src[i] = *(SrcFileData *)src.data[i];
		for (int i = 0; i < srccgo.len; i++)
			s->src[src.len + i] = *(SrcFileData *)srccgo.data[i];
	}
	vec_free(&src);
	vec_free(&srccgo);
	if (dfd >= 0)
		close(dfd);
	if (!s->name)
		s->name = "";
	return s;
}

static Scan *scan_dir(const char *dir)
{
	Sym *k = S(dir);
	Scan *s = map_get(&L.scancache, k);
	if (!s) {
		s = scan_dir_files(dir, NULL, 0);
		map_put(&L.scancache, k, s);
	}
	return s;
}

/* Does dir hold a .go file (fsys.IsDirWithGoFiles: no build tags)? */
static bool dir_has_go_files(const char *dir)
{
	DirList *dl = fs_readdir(dir);
	for (int i = 0; i < dl->n; i++)
		if (dl->v[i].kind == K_FILE && has_suffix(dl->v[i].name, ".go"))
			return true;
	return false;
}

/* ==================================================================== */
/* Semantic versions (golang.org/x/mod/semver)                            */
/* ==================================================================== */

typedef struct SemVer {
	const char *major, *minor, *patch, *pre;
	size_t lmajor, lminor, lpatch, lpre;
} SemVer;

static bool sv_num(const char **p, const char **s, size_t *n)
{
	const char *q = *p;
	if (*q < '0' || *q > '9')
		return false;
	while (*q >= '0' && *q <= '9')
		q++;
	if (**p == '0' && q - *p > 1)
		return false;
	*s = *p;
	*n = (size_t)(q - *p);
	*p = q;
	return true;
}

/* A dot-separated list of identifiers [0-9A-Za-z-]; numeric ones
 * without leading zeros unless prerelease is false (build metadata). */
static bool sv_idents(const char **p, bool prerelease)
{
	const char *q = *p;
	for (;;) {
		const char *start = q;
		bool num = true;
		while ((*q >= '0' && *q <= '9') || (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || *q == '-') {
			if (*q < '0' || *q > '9')
				num = false;
			q++;
		}
		if (q == start)
			return false;
		if (prerelease && num && *start == '0' && q - start > 1)
			return false;
		if (*q != '.')
			break;
		q++;
	}
	*p = q;
	return true;
}

static bool semver_parse(const char *v, SemVer *sv)
{
	memset(sv, 0, sizeof *sv);
	if (!v || v[0] != 'v')
		return false;
	const char *p = v + 1;
	if (!sv_num(&p, &sv->major, &sv->lmajor))
		return false;
	if (*p == 0) {
		sv->minor = sv->patch = "0";
		sv->lminor = sv->lpatch = 1;
		return true;
	}
	if (*p++ != '.' || !sv_num(&p, &sv->minor, &sv->lminor))
		return false;
	if (*p == 0) {
		sv->patch = "0";
		sv->lpatch = 1;
		return true;
	}
	if (*p++ != '.' || !sv_num(&p, &sv->patch, &sv->lpatch))
		return false;
	if (*p == '-') {
		p++;
		sv->pre = p;
		if (!sv_idents(&p, true))
			return false;
		sv->lpre = (size_t)(p - sv->pre);
	}
	if (*p == '+') {
		p++;
		if (!sv_idents(&p, false))
			return false;
	}
	return *p == 0;
}

static bool semver_valid(const char *v)
{
	SemVer sv;
	return semver_parse(v, &sv);
}

static int cmp_num(const char *a, size_t la, const char *b, size_t lb)
{
	if (la != lb)
		return la < lb ? -1 : 1;
	int c = memcmp(a, b, la);
	return c < 0 ? -1 : c > 0;
}

static int cmp_prerelease(const char *a, size_t la, const char *b, size_t lb)
{
	if (la == 0 || lb == 0) {
		if (la == lb)
			return 0;
		return la == 0 ? 1 : -1;
	}
	const char *ae = a + la, *be = b + lb;
	while (a < ae && b < be) {
		const char *ad = memchr(a, '.', (size_t)(ae - a)), *bd = memchr(b, '.', (size_t)(be - b));
		if (!ad)
			ad = ae;
		if (!bd)
			bd = be;
		size_t na = (size_t)(ad - a), nb = (size_t)(bd - b);
		bool anum = true, bnum = true;
		for (size_t i = 0; i < na; i++)
			anum = anum && a[i] >= '0' && a[i] <= '9';
		for (size_t i = 0; i < nb; i++)
			bnum = bnum && b[i] >= '0' && b[i] <= '9';
		int c;
		if (anum && bnum) {
			c = cmp_num(a, na, b, nb);
		} else if (anum != bnum) {
			c = anum ? -1 : 1;
		} else {
			size_t m = na < nb ? na : nb;
			c = memcmp(a, b, m);
			if (c == 0)
				c = na < nb ? -1 : na > nb;
			else
				c = c < 0 ? -1 : 1;
		}
		if (c)
			return c;
		a = ad < ae ? ad + 1 : ae;
		b = bd < be ? bd + 1 : be;
		if ((a == ae) != (b == be))
			return a == ae ? -1 : 1;
	}
	return 0;
}

/* semver.Compare: invalid versions sort before valid ones. */
static int semver_compare(const char *a, const char *b)
{
	SemVer x, y;
	bool ox = semver_parse(a, &x), oy = semver_parse(b, &y);
	if (!ox || !oy)
		return ox == oy ? 0 : (ox ? 1 : -1);
	int c;
	if ((c = cmp_num(x.major, x.lmajor, y.major, y.lmajor)) ||
	    (c = cmp_num(x.minor, x.lminor, y.minor, y.lminor)) ||
	    (c = cmp_num(x.patch, x.lpatch, y.patch, y.lpatch)))
		return c;
	return cmp_prerelease(x.pre, x.lpre, y.pre, y.lpre);
}

/* A "go" directive's version "1.N" as a number N (1.x only), or -1. */
static int go_minor(const char *v)
{
	if (!v || !has_prefix(v, "1."))
		return -1;
	int n = 0;
	const char *p = v + 2;
	if (!*p)
		return -1;
	for (; *p; p++) {
		if (*p < '0' || *p > '9' || n > 10000)
			return -1;
		n = n * 10 + (*p - '0');
	}
	return n;
}

/* ==================================================================== */
/* go.mod, go.work, vendor/modules.txt                                   */
/* ==================================================================== */

typedef struct MTok {
	const char *s;          /* value (strings unquoted) */
	bool str;
} MTok;

/* Split one line of a go.mod into tokens; *comment gets the text of a
 * trailing // comment.  Returns the token count, or -1 with *err. */
static int mod_tokens(const char *s, const char *e, MTok *out, int max, const char **comment, const char **err)
{
	int n = 0;
	*comment = NULL;
	while (s < e) {
		char c = *s;
		if (c == ' ' || c == '\t' || c == '\r') {
			s++;
			continue;
		}
		if (c == '/' && s + 1 < e && s[1] == '/') {
			*comment = sndup(s + 2, (size_t)(e - s - 2));
			break;
		}
		if (c == '/' && s + 1 < e && s[1] == '*') {
			*err = "mod files must use // comments (not /* */ comments)";
			return -1;
		}
		if (n == max) {
			*err = "too many tokens on a line";
			return -1;
		}
		if (c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == ',') {
			out[n++] = (MTok){sndup(s, 1), false};
			s++;
			continue;
		}
		if (c == '"' || c == '`') {
			const char *q = s + 1;
			while (q < e && *q != c) {
				if (*q == '\\' && c == '"')
					q++;
				q++;
			}
			if (q >= e) {
				*err = "unexpected newline in string";
				return -1;
			}
			char *u = unquote(s, (size_t)(q + 1 - s));
			if (!u) {
				*err = sfmt("invalid quoted string %.*s", (int)(q + 1 - s), s);
				return -1;
			}
			out[n++] = (MTok){u, true};
			s = q + 1;
			continue;
		}
		const char *q = s;
		while (q < e && !strchr(" \t\r()[]{},\"`", *q) && !(q[0] == '/' && q + 1 < e && (q[1] == '/' || q[1] == '*')))
			q++;
		if (q == s) {
			*err = sfmt("unexpected input character '%c'", c);
			return -1;
		}
		out[n++] = (MTok){sndup(s, (size_t)(q - s)), false};
		s = q;
	}
	return n;
}

static bool is_local_dir_path(const char *p)
{
	return p[0] == '/' || has_prefix(p, "./") || has_prefix(p, "../") || streq(p, ".") || streq(p, "..");
}

typedef struct ModList {
	ModVer *v;
	int n, cap;
} ModList;

static void ml_push(ModList *l, ModVer m)
{
	if (l->n == l->cap) {
		int ncap = l->cap ? 2 * l->cap : 8;
		ModVer *nv = arena_alloc(&sa, (size_t)ncap * sizeof *nv);
		if (l->n)
			memcpy(nv, l->v, (size_t)l->n * sizeof *nv);
		l->v = nv;
		l->cap = ncap;
	}
	l->v[l->n++] = m;
}

/* Parse a go.mod (or, with work set, a go.work).  strict: the main
 * module's file (unknown directives and bad versions are errors);
 * otherwise a dependency's, read leniently.  Returns NULL with *err
 * ("FILE:LINE: msg") on error. */
static ModFile *modfile_parse(const char *file, const char *data, size_t size, bool strict, bool work,
	StrList *uses, const char **err)
{
	ModFile *mf = arena_alloc(&sa, sizeof *mf);
	mf->file = file;
	mf->module = "";
	mf->go = "";
	ModList req = {0}, exc = {0};
	PtrVec ind = {0};
	PtrVec rep = {0};
	const char *block = NULL;
	int line = 0;
	const char *p = data, *end = data + size;
	MTok t[64];
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		const char *s = p;
		p = nl ? nl + 1 : end;
		line++;
		const char *comment, *terr = NULL;
		int n = mod_tokens(s, le, t, 64, &comment, &terr);
#define MERR(...) do { *err = sfmt("%s:%d: %s", file, line, sfmt(__VA_ARGS__)); vec_free(&ind); vec_free(&rep); return NULL; } while (0)
		if (n < 0)
			MERR("%s", terr);
		if (n == 0)
			continue;
		const char *verb;
		MTok *args;
		int nargs;
		if (block) {
			if (n == 1 && streq(t[0].s, ")") && !t[0].str) {
				block = NULL;
				continue;
			}
			verb = block;
			args = t;
			nargs = n;
		} else {
			verb = t[0].s;
			if (n == 2 && streq(t[1].s, "(") && !t[1].str) {
				block = verb;
				continue;
			}
			args = t + 1;
			nargs = n - 1;
		}
		if (streq(verb, "module") && !work) {
			if (nargs != 1)
				MERR("usage: module module/path");
			mf->module = args[0].s;
		} else if (streq(verb, "go")) {
			if (nargs != 1)
				MERR("usage: go 1.23");
			if (*mf->go && strict)
				MERR("repeated go statement");
			const char *v = args[0].s;
			bool ok = go_minor(v) >= 0 && !(v[2] == '0' && v[3]);
			if (!ok && strict)
				MERR("invalid go version '%s': must match format 1.23", v);
			if (ok)
				mf->go = v;
		} else if (streq(verb, "require") && !work) {
			if (nargs != 2)
				MERR("usage: require module/path v1.2.3");
			if (!semver_valid(args[1].s)) {
				if (strict)
					MERR("require %s: version \"%s\" invalid: must be of the form v1.2.3", args[0].s, args[1].s);
				continue;
			}
			ml_push(&req, (ModVer){args[0].s, args[1].s});
			bool indirect = comment && (has_prefix(comment, " indirect") || has_prefix(comment, "indirect"));
			vec_push(&ind, (void *)(intptr_t)indirect);
		} else if (streq(verb, "exclude") && !work) {
			if (nargs != 2)
				MERR("usage: exclude module/path v1.2.3");
			ml_push(&exc, (ModVer){args[0].s, args[1].s});
		} else if (streq(verb, "replace")) {
			int arrow = -1;
			for (int i = 0; i < nargs; i++)
				if (streq(args[i].s, "=>") && !args[i].str)
					arrow = i;
			if (arrow < 1 || arrow > 2 || nargs - arrow - 1 < 1 || nargs - arrow - 1 > 2)
				MERR("usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory");
			Replace *r = arena_alloc(&sa, sizeof *r);
			r->old.path = args[0].s;
			r->old.version = arrow == 2 ? args[1].s : "";
			r->new.path = args[arrow + 1].s;
			r->new.version = nargs - arrow - 1 == 2 ? args[arrow + 2].s : "";
			if (*r->old.version && !semver_valid(r->old.version) && strict)
				MERR("replace %s: version \"%s\" invalid: must be of the form v1.2.3", r->old.path, r->old.version);
			if (!*r->new.version && !is_local_dir_path(r->new.path))
				MERR("replacement module without version must be directory path (rooted or starting with ./ or ../)");
			if (*r->new.version && !semver_valid(r->new.version) && strict)
				MERR("replace %s: version \"%s\" invalid: must be of the form v1.2.3", r->new.path, r->new.version);
			vec_push(&rep, r);
		} else if (streq(verb, "use") && work) {
			if (nargs != 1)
				MERR("usage: use local/dir");
			sl_push(uses, args[0].s);
		} else if (streq(verb, "retract") && !work) {
			/* versions the module's author withdrew: not our concern */
		} else if (strict) {
			MERR("unknown directive: %s", verb);
		}
#undef MERR
	}
	if (block && strict) {
		*err = sfmt("%s:%d: unexpected EOF", file, line);
		vec_free(&ind);
		vec_free(&rep);
		return NULL;
	}
	mf->require = req.v;
	mf->nrequire = req.n;
	mf->indirect = arena_alloc(&sa, (size_t)(req.n + 1) * sizeof(bool));
	for (int i = 0; i < ind.len; i++)
		mf->indirect[i] = (bool)(intptr_t)ind.data[i];
	mf->exclude = exc.v;
	mf->nexclude = exc.n;
	mf->nreplace = rep.len;
	if (rep.len) {
		mf->replace = arena_alloc(&sa, (size_t)rep.len * sizeof *mf->replace);
		for (int i = 0; i < rep.len; i++)
			mf->replace[i] = *(Replace *)rep.data[i];
	}
	vec_free(&ind);
	vec_free(&rep);
	return mf;
}

/* The module cache's case encoding: an upper-case letter becomes '!'
 * and the letter in lower case. */
static char *mod_escape(const char *s)
{
	Buf b = {0};
	for (; *s; s++) {
		if (*s >= 'A' && *s <= 'Z') {
			buf_putc(&b, '!');
			buf_putc(&b, (char)(*s - 'A' + 'a'));
		} else {
			buf_putc(&b, *s);
		}
	}
	char *r = sdup(b.p ? b.p : "");
	free(b.p);
	return r;
}

static const char *need_modcache(void)
{
	if (!L.gomodcache)
		die("module cache not found: neither GOMODCACHE nor GOPATH is set");
	return L.gomodcache;
}

static char *modcache_dir(ModVer m)
{
	return sfmt("%s/%s@%s", need_modcache(), mod_escape(m.path), mod_escape(m.version));
}

static char *modcache_modfile(ModVer m)
{
	return sfmt("%s/cache/download/%s/@v/%s.mod", need_modcache(), mod_escape(m.path), mod_escape(m.version));
}

/* The replacement of m, or NULL: an exact version first, then one for
 * all versions. */
static Replace *replacement(ModVer m)
{
	Replace *any = NULL;
	for (int i = 0; i < L.nreplace; i++) {
		Replace *r = &L.replace[i];
		if (!streq(r->old.path, m.path))
			continue;
		if (streq(r->old.version, m.version))
			return r;
		if (!*r->old.version)
			any = r;
	}
	return any;
}

/* The go.mod of a dependency, read leniently (cached), or NULL if it has
 * none (a directory replacement without go.mod) or, unless must, if the
 * module cache lacks it. */
static ModFile *mod_summary(ModVer m, bool must)
{
	Sym *k = S(sfmt("%s@%s", m.path, m.version));
	void **slot = map_slot(&L.modsum, k, true);
	if (*slot)
		return *slot == (void *)&L.modsum ? NULL : *slot;
	Replace *r = replacement(m);
	const char *file;
	if (r && !*r->new.version)
		file = sfmt("%s/go.mod", r->dir);
	else if (r)
		file = modcache_modfile(r->new);
	else
		file = modcache_modfile(m);
	size_t size;
	char *data = util_read_file(file, &size);
	if (!data && !(r && !*r->new.version)) {
		/* the extracted module may still have its go.mod */
		ModVer src = r ? r->new : m;
		data = util_read_file(sfmt("%s/go.mod", modcache_dir(src)), &size);
		if (!data && (is_dir(modcache_dir(src)) || !must))
			return NULL;
		if (!data)
			die("%s@%s: missing go.mod in the module cache (%s); run 'go mod download %s@%s'",
				src.path, src.version, file, src.path, src.version);
	}
	if (!data) {
		*map_slot(&L.modsum, k, true) = &L.modsum;
		return NULL;
	}
	const char *err = NULL;
	ModFile *mf = modfile_parse(file, data, size, false, false, NULL, &err);
	free(data);
	if (!mf)
		die("%s", err);
	*map_slot(&L.modsum, k, true) = mf;
	return mf;
}

/* The Module for a path at a version (cached): where its files are and
 * its go version. */
static Module *module_get(ModVer m)
{
	Sym *k = S(sfmt("%s@%s", m.path, m.version));
	Module *mod = map_get(&L.modules_by_key, k);
	if (mod)
		return mod;
	mod = arena_alloc(&sa, sizeof *mod);
	mod->path = m.path;
	mod->prefix = m.path;
	mod->version = m.version;
	Replace *r = replacement(m);
	if (r && !*r->new.version)
		mod->dir = r->dir;
	else
		mod->dir = modcache_dir(r ? r->new : m);
	ModFile *mf = mod_summary(m, false);
	mod->goversion = mf ? mf->go : "";
	map_put(&L.modules_by_key, k, mod);
	return mod;
}

/* vendor/modules.txt: which module each vendored package comes from,
 * and what the file says about each module (explicitly required,
 * replaced, its go version). */
typedef struct VendorMeta {
	bool explicit;
	ModVer rep;             /* replacement, path "" if none */
	const char *go;
} VendorMeta;

static Map vendor_meta;         /* "path@version" -> VendorMeta */
static PtrVec vendor_list;      /* Modules that provide packages */
static PtrVec vendor_replaced;  /* ModVer* marked as replaced */

static VendorMeta *vendor_meta_of(ModVer m, bool add)
{
	Sym *k = S(sfmt("%s@%s", m.path, m.version));
	VendorMeta *vm = map_get(&vendor_meta, k);
	if (!vm && add) {
		vm = arena_alloc(&sa, sizeof *vm);
		vm->rep.path = vm->rep.version = "";
		vm->go = "";
		map_put(&vendor_meta, k, vm);
	}
	return vm;
}

static void read_vendor_list(void)
{
	if (L.vendor_read)
		return;
	L.vendor_read = true;
	const char *root = L.mains[0]->dir;
	const char *file = sfmt("%s/vendor/modules.txt", root);
	size_t size;
	char *data = util_read_file(file, &size);
	if (!data) {
		if (errno != ENOENT)
			die("%s: %s", file, errstr(errno));
		return;
	}
	ModVer cur = {NULL, NULL};
	for (char *p = data; *p;) {
		char *nl = strchr(p, '\n');
		char *line = sndup(p, nl ? (size_t)(nl - p) : strlen(p));
		p = nl ? nl + 1 : p + strlen(p);
		MTok f[16];
		const char *comment, *err;
		if (has_prefix(line, "# ")) {
			int n = mod_tokens(line + 2, line + strlen(line), f, 16, &comment, &err);
			cur.path = NULL;
			int rest;
			if (n >= 2 && semver_valid(f[1].s)) {
				cur = (ModVer){f[0].s, f[1].s};
				rest = 2;
			} else if (n >= 2 && streq(f[1].s, "=>")) {
				cur = (ModVer){f[0].s, ""};
				rest = 1;
			} else {
				continue;
			}
			if (n - rest >= 2 && streq(f[rest].s, "=>")) {
				VendorMeta *vm = vendor_meta_of(cur, true);
				if (n - rest == 2)
					vm->rep = (ModVer){f[rest + 1].s, ""};
				else if (n - rest == 3 && semver_valid(f[rest + 2].s))
					vm->rep = (ModVer){f[rest + 1].s, f[rest + 2].s};
				else
					continue;
				ModVer *mv = arena_alloc(&sa, sizeof *mv);
				*mv = cur;
				vec_push(&vendor_replaced, mv);
			}
			continue;
		}
		if (!cur.path)
			continue;
		if (has_prefix(line, "## ")) {
			VendorMeta *vm = vendor_meta_of(cur, true);
			for (char *q = line + 3; *q;) {
				char *semi = strchr(q, ';');
				char *entry = sndup(q, semi ? (size_t)(semi - q) : strlen(q));
				q = semi ? semi + 1 : q + strlen(q);
				const char *s = entry, *e = entry + strlen(entry);
				trim(&s, &e);
				if (e - s == 8 && memcmp(s, "explicit", 8) == 0)
					vm->explicit = true;
				if (e - s > 3 && memcmp(s, "go ", 3) == 0)
					vm->go = sndup(s + 3, (size_t)(e - s - 3));
			}
			continue;
		}
		int n = mod_tokens(line, line + strlen(line), f, 16, &comment, &err);
		if (n != 1 || comment)
			continue;
		Sym *k = S(sfmt("%s@%s", cur.path, cur.version));
		Module *mod = map_get(&L.modules_by_key, k);
		if (!mod) {
			mod = arena_alloc(&sa, sizeof *mod);
			mod->path = mod->prefix = cur.path;
			mod->version = cur.version;
			mod->dir = sfmt("%s/vendor/%s", root, cur.path);
			VendorMeta *vm = vendor_meta_of(cur, false);
			mod->goversion = vm ? vm->go : "";
			map_put(&L.modules_by_key, k, mod);
		}
		map_put(&L.vendor_pkg, S(f[0].s), mod);
		const char *v = map_get(&L.vendor_ver, S(mod->path));
		if (!v || semver_compare(v, mod->version) < 0) {
			map_put(&L.vendor_ver, S(mod->path), (void *)mod->version);
			vec_push(&vendor_list, mod);
		}
	}
	free(data);
}

static const char *describe(ModVer m)
{
	return *m.version ? sfmt("%s@%s", m.path, m.version) : m.path;
}

/* modload's checkVendorConsistency: vendor/modules.txt must agree with
 * go.mod (exactly, from go 1.14 on). */
static void check_vendor_consistency(void)
{
	read_vendor_list();
	ModFile *mf = L.mainfiles[0];
	bool pre114 = go_minor(mf->go) < 14;
	Buf b = {0};
#define VERR(m, ...) buf_printf(&b, "%s%s: %s", b.n ? "; " : "", describe(m), sfmt(__VA_ARGS__))
	for (int i = 0; i < mf->nrequire; i++) {
		ModVer r = mf->require[i];
		VendorMeta *vm = vendor_meta_of(r, false);
		if (vm && vm->explicit)
			continue;
		if (pre114) {
			const char *vv = map_get(&L.vendor_ver, S(r.path));
			if (vv && !streq(vv, r.version))
				VERR(r, "is explicitly required in go.mod, but vendor/modules.txt indicates %s@%s", r.path, vv);
		} else {
			VERR(r, "is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt");
		}
	}
	for (int i = 0; i < mf->nreplace; i++) {
		Replace *r = &mf->replace[i];
		VendorMeta *vm = vendor_meta_of(r->old, false);
		if (!vm || !*vm->rep.path) {
			const char *vv = map_get(&L.vendor_ver, S(r->old.path));
			if (pre114 && (!*r->old.version || !vv || !streq(vv, r->old.version)))
				continue;
			VERR(r->old, "is replaced in go.mod, but not marked as replaced in vendor/modules.txt");
		} else if (!streq(vm->rep.path, r->new.path) || !streq(vm->rep.version, r->new.version)) {
			VERR(r->old, "is replaced by %s in go.mod, but marked as replaced by %s in vendor/modules.txt",
				describe(r->new), describe(vm->rep));
		}
	}
	for (int i = 0; i < vendor_list.len; i++) {
		Module *m = vendor_list.data[i];
		VendorMeta *vm = vendor_meta_of((ModVer){m->path, m->version}, false);
		if (!vm || !vm->explicit)
			continue;
		bool req = false;
		for (int j = 0; j < mf->nrequire && !req; j++)
			req = streq(mf->require[j].path, m->path) && streq(mf->require[j].version, m->version);
		if (!req)
			VERR(((ModVer){m->path, m->version}), "is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod");
	}
	for (int i = 0; i < vendor_replaced.len; i++) {
		ModVer *m = vendor_replaced.data[i];
		Replace *r = replacement(*m);
		VendorMeta *vm = vendor_meta_of(*m, false);
		if (!r)
			VERR(*m, "is marked as replaced in vendor/modules.txt, but not replaced in go.mod");
		else if (!streq(vm->rep.path, r->new.path) || !streq(vm->rep.version, r->new.version))
			VERR(*m, "is marked as replaced by %s in vendor/modules.txt, but replaced by %s in go.mod",
				describe(vm->rep), describe(r->new));
	}
#undef VERR
	if (b.n) {
		char *msg = sdup(b.p);
		free(b.p);
		die("inconsistent vendoring in %s: %s (to ignore the vendor directory, use -mod=readonly or -mod=mod; to sync it, run go mod vendor)",
			L.mains[0]->dir, msg);
	}
}

/* A main module from the go.mod in dir. */
static Module *load_main_module(const char *dir, ModFile **mfp)
{
	const char *file = sfmt("%s/go.mod", dir);
	size_t size;
	char *data = util_read_file(file, &size);
	if (!data)
		die("cannot read %s: %s", file, errstr(errno));
	const char *err = NULL;
	ModFile *mf = modfile_parse(file, data, size, true, false, NULL, &err);
	free(data);
	if (!mf)
		die("errors parsing go.mod: %s", err);
	if (!*mf->module)
		die("%s: missing module declaration (add a line: module example.com/mod)", file);
	Module *m = arena_alloc(&sa, sizeof *m);
	m->path = mf->module;
	m->version = "";
	m->dir = dir;
	m->goversion = mf->go;
	m->prefix = streq(m->path, "std") && streq(dir, L.gorootsrc) ? "" : m->path;
	m->main = true;
	*mfp = mf;
	return m;
}

static bool inside_tmp_root(const char *dir)
{
	const char *tmp = getenv("TMPDIR");
	if (!tmp || !*tmp)
		tmp = "/tmp";
	return streq(path_clean(tmp), dir);
}

/* Module mode or GOPATH mode, and the main modules (modload.Init and
 * LoadModFile). */
static void mod_init(const LoadConfig *cfg)
{
	const char *env = go_getenv("GO111MODULE");
	bool must = true;
	if (streq(env, "off")) {
		L.modules = false;
		return;
	} else if (streq(env, "auto")) {
		must = false;
	} else if (*env && !streq(env, "on")) {
		die("unknown environment setting GO111MODULE=%s", env);
	}
	const char *gowork = go_getenv("GOWORK");
	const char *workfile = NULL;
	if (streq(gowork, "off")) {
		workfile = NULL;
	} else if (!*gowork || streq(gowork, "auto")) {
		for (const char *d = L.cwd;;) {
			const char *f = path_join(d, "go.work");
			if (is_file(f)) {
				workfile = f;
				break;
			}
			const char *up = path_dir(d);
			if (streq(up, d) || streq(up, L.goroot))
				break;
			d = up;
		}
	} else {
		if (gowork[0] != '/')
			die("the path provided to GOWORK must be an absolute path");
		workfile = gowork;
	}
	const char *modroot = NULL;
	if (!workfile) {
		for (const char *d = L.cwd;;) {
			if (is_file(path_join(d, "go.mod"))) {
				modroot = d;
				break;
			}
			const char *up = path_dir(d);
			if (streq(up, d))
				break;
			d = up;
		}
		if (modroot && inside_tmp_root(modroot)) {
			fprintf(stderr, "goescape: warning: ignoring go.mod in system temp root %s\n", modroot);
			modroot = NULL;
		}
		if (!modroot && !must) {
			L.modules = false;
			return;
		}
	}
	L.modules = true;

	/* -mod */
	const char *mod = cfg->mod && *cfg->mod ? cfg->mod : L.goflags_mod;
	if (mod && *mod) {
		if (streq(mod, "mod"))
			L.modmode = MOD_MOD;
		else if (streq(mod, "readonly"))
			L.modmode = MOD_READONLY;
		else if (streq(mod, "vendor"))
			L.modmode = MOD_VENDOR;
		else
			die("-mod=%s not supported (can be '', 'mod', 'readonly', or 'vendor')", mod);
		L.modexplicit = true;
	}

	PtrVec mains = {0}, files = {0};
	PtrVec reps = {0};
	if (workfile) {
		size_t size;
		char *data = util_read_file(workfile, &size);
		if (!data)
			die("cannot read %s: %s", workfile, errstr(errno));
		const char *err = NULL;
		StrList uses = {0};
		ModFile *wf = modfile_parse(workfile, data, size, true, true, &uses, &err);
		free(data);
		if (!wf)
			die("errors parsing go.work: %s", err);
		L.workfile = workfile;
		L.gowork_dir = path_dir(workfile);
		if (L.modexplicit && L.modmode != MOD_READONLY)
			die("-mod may only be set to readonly when in workspace mode, but it is set to \"%s\"", mod);
		for (int i = 0; i < uses.n; i++) {
			const char *dir = uses.v[i][0] == '/' ? path_clean(uses.v[i]) : path_join(L.gowork_dir, uses.v[i]);
			if (!is_file(path_join(dir, "go.mod")))
				die("cannot load module %s listed in go.work file: open %s/go.mod: no such file or directory",
					uses.v[i], dir);
			ModFile *mf;
			Module *m = load_main_module(dir, &mf);
			for (int j = 0; j < mains.len; j++)
				if (streq(((Module *)mains.data[j])->path, m->path))
					die("module %s appears multiple times in workspace", m->path);
			vec_push(&mains, m);
			vec_push(&files, mf);
		}
		for (int i = 0; i < wf->nreplace; i++) {
			Replace *r = &wf->replace[i];
			if (!*r->new.version)
				r->dir = r->new.path[0] == '/' ? path_clean(r->new.path) : path_join(L.gowork_dir, r->new.path);
			vec_push(&reps, r);
		}
		if (!mains.len)
			die("no modules were found in the current workspace (%s)", workfile);
	} else if (modroot) {
		ModFile *mf;
		Module *m = load_main_module(modroot, &mf);
		vec_push(&mains, m);
		vec_push(&files, mf);
	}
	L.nmains = mains.len;
	L.mains = (Module **)vec_freeze(&mains, &sa);
	L.mainfiles = (ModFile **)vec_freeze(&files, &sa);
	vec_free(&mains);
	vec_free(&files);

	/* replacements: go.work's win over the go.mod files' */
	for (int i = 0; i < L.nmains; i++) {
		ModFile *mf = L.mainfiles[i];
		for (int j = 0; j < mf->nreplace; j++) {
			Replace *r = &mf->replace[j];
			bool overridden = false;
			for (int k = 0; k < reps.len && L.workfile; k++)
				if (streq(((Replace *)reps.data[k])->old.path, r->old.path))
					overridden = true;
			if (overridden)
				continue;
			if (!*r->new.version)
				r->dir = r->new.path[0] == '/' ? path_clean(r->new.path) : path_join(L.mains[i]->dir, r->new.path);
			vec_push(&reps, r);
		}
	}
	L.nreplace = reps.len;
	L.replace = arena_alloc(&sa, (size_t)(reps.len + 1) * sizeof *L.replace);
	for (int i = 0; i < reps.len; i++)
		L.replace[i] = *(Replace *)reps.data[i];
	vec_free(&reps);

	/* roots: the requirements of the main modules, minus exclusions */
	ModList roots = {0};
	for (int i = 0; i < L.nmains; i++) {
		ModFile *mf = L.mainfiles[i];
		for (int j = 0; j < mf->nrequire; j++) {
			bool excluded = false;
			for (int k = 0; k < mf->nexclude; k++)
				if (streq(mf->exclude[k].path, mf->require[j].path) &&
				    streq(mf->exclude[k].version, mf->require[j].version))
					excluded = true;
			if (excluded) {
				fprintf(stderr, "goescape: ignoring requirement on excluded version %s %s\n",
					mf->require[j].path, mf->require[j].version);
				continue;
			}
			ml_push(&roots, mf->require[j]);
		}
	}
	L.roots = roots.v;
	L.nroots = roots.n;
	L.pruned = L.nmains == 1 ? go_minor(L.mains[0]->goversion) >= 17 : true;

	/* vendoring: -mod=vendor, or by default when go.mod says go >= 1.14
	 * and vendor/ exists */
	if (L.nmains == 1 && !L.workfile && !L.modexplicit) {
		L.modmode = MOD_READONLY;
		if (is_dir(path_join(L.mains[0]->dir, "vendor")) && go_minor(L.mains[0]->goversion) >= 14)
			L.modmode = MOD_VENDOR;
	}
	if (L.modmode == MOD_VENDOR && L.workfile)
		die("-mod=vendor is not supported in workspace mode");
	if (L.modmode == MOD_VENDOR && L.nmains == 0)
		die("-mod=vendor needs a main module, and there is no go.mod in the current directory or any parent directory");
	if (L.modmode == MOD_VENDOR && L.nmains == 1)
		check_vendor_consistency();
}

/* ==================================================================== */
/* The module graph (modload's readModGraph and MVS)                      */
/* ==================================================================== */

static void graph_require(ModVer r)
{
	Sym *k = S(r.path);
	const char *v = map_get(&L.graph_selected, k);
	if (!v || semver_compare(v, r.version) < 0)
		map_put(&L.graph_selected, k, (void *)r.version);
}

static void graph_enqueue(ModVer m, bool pruned, Map *unpruned_seen)
{
	if (streq(m.version, "none"))
		return;
	if (!pruned) {
		Sym *k = S(sfmt("%s@%s", m.path, m.version));
		if (map_get(unpruned_seen, k))
			return;
		map_put(unpruned_seen, k, (void *)1);
	}
	ModFile *mf = mod_summary(m, true);
	if (!mf)
		return;
	for (int i = 0; i < mf->nrequire; i++)
		graph_require(mf->require[i]);
	bool dep_pruned = go_minor(mf->go) >= 17;
	if (!pruned || !dep_pruned) {
		for (int i = 0; i < mf->nrequire; i++)
			graph_enqueue(mf->require[i], pruned && dep_pruned, unpruned_seen);
	}
}

/* Read the go.mod files of the dependencies: the selected version of
 * every module path (the highest any loaded go.mod requires). */
static void graph_load(void)
{
	if (L.graph_loaded)
		return;
	L.graph_loaded = true;
	Map seen = {0};
	for (int i = 0; i < L.nroots; i++)
		graph_require(L.roots[i]);
	for (int i = 0; i < L.nroots; i++)
		graph_enqueue(L.roots[i], L.pruned, &seen);
	map_free(&seen);
}

/* The version of the module path selected among the main modules'
 * requirements (roots) or, with full, in the whole graph.  "" for a main
 * module; NULL if not selected. */
static const char *selected(const char *path, bool full)
{
	for (int i = 0; i < L.nmains; i++)
		if (streq(L.mains[i]->path, path))
			return "";
	if (full) {
		graph_load();
		const char *v = map_get(&L.graph_selected, S(path));
		return v && !streq(v, "none") ? v : NULL;
	}
	const char *best = NULL;
	for (int i = 0; i < L.nroots; i++)
		if (streq(L.roots[i].path, path) && (!best || semver_compare(best, L.roots[i].version) < 0))
			best = L.roots[i].version;
	return best && !streq(best, "none") ? best : NULL;
}

static Module *main_module(const char *path)
{
	for (int i = 0; i < L.nmains; i++)
		if (streq(L.mains[i]->path, path))
			return L.mains[i];
	return NULL;
}

/* ==================================================================== */
/* Resolving an import path                                              */
/* ==================================================================== */

/* search.IsStandardImportPath: no dot in the first path element. */
static bool is_std_path(const char *path)
{
	size_t n = strcspn(path, "/");
	return memchr(path, '.', n) == NULL;
}

static bool is_local_import(const char *path)
{
	return streq(path, ".") || streq(path, "..") || has_prefix(path, "./") || has_prefix(path, "../");
}

static bool is_meta(const char *path)
{
	return streq(path, "std") || streq(path, "cmd") || streq(path, "all");
}

/* base.ShortPath: path relative to the working directory, if shorter. */
static const char *short_path(const char *path)
{
	if (path[0] != '/')
		return path;
	const char *cwd = L.cwd;
	/* filepath.Rel(cwd, path) */
	size_t i = 0, lastsep = 0;
	while (cwd[i] && path[i] && cwd[i] == path[i]) {
		if (cwd[i] == '/')
			lastsep = i;
		i++;
	}
	size_t common;
	if (!cwd[i] && (!path[i] || path[i] == '/'))
		common = i;
	else if (!path[i] && cwd[i] == '/')
		common = i;
	else
		common = lastsep;
	if (streq(cwd, "/"))
		common = 0;
	Buf b = {0};
	for (const char *p = cwd + common; *p; p++)
		if (*p == '/')
			buf_puts(&b, b.n ? "/.." : "..");
	const char *rest = path + common;
	if (*rest == '/')
		rest++;
	if (*rest) {
		if (b.n)
			buf_putc(&b, '/');
		buf_puts(&b, rest);
	}
	const char *rel = b.n ? sdup(b.p) : ".";
	free(b.p);
	return strlen(rel) < strlen(path) ? rel : path;
}

typedef struct Resolved {
	const char *path;       /* the import path the package is known by */
	const char *dir;        /* its directory, or NULL */
	Module *module;
	const char *root;       /* GOPATH mode: the GOROOT or GOPATH entry holding it */
	const char *err;        /* cannot be resolved: why */
	bool local;             /* a relative import (GOPATH mode) */
} Resolved;

/* modload's stdVendor: std and cmd see golang.org/x/... in their vendor
 * trees. */
static const char *std_vendor(const char *parent, const char *path)
{
	if (is_std_path(path))
		return path;
	if (has_path_prefix(parent, "cmd")) {
		const char *v = sfmt("cmd/vendor/%s", path);
		if (fs_kind(sfmt("%s/%s", L.gorootsrc, v)))
			return v;
	} else {
		const char *v = sfmt("vendor/%s", path);
		if (fs_kind(sfmt("%s/%s", L.gorootsrc, v)))
			return v;
	}
	return path;
}

/* modload's dirInModule: the directory of path in the module mpath rooted
 * at mdir, or NULL; *have says whether it holds .go files.  In a local
 * tree, a nested go.mod hides what is below it. */
static const char *dir_in_module(const char *path, const char *mpath, const char *mdir, bool local, bool *have)
{
	const char *dir;
	*have = false;
	if (streq(path, mpath))
		dir = mdir;
	else if (!*mpath)
		dir = path_join(mdir, path);
	else if (has_prefix(path, mpath) && path[strlen(mpath)] == '/')
		dir = path_join(mdir, path + strlen(mpath) + 1);
	else
		return NULL;
	if (local) {
		for (const char *d = dir; !streq(d, mdir) && strlen(d) > strlen(mdir);) {
			if (is_file(path_join(d, "go.mod")))
				return NULL;
			const char *up = path_dir(d);
			if (streq(up, d))
				break;
			d = up;
		}
	}
	*have = dir_has_go_files(dir);
	return dir;
}

/* The directory a module's files are in, and whether it is a local tree
 * (a main module or a directory replacement). */
static const char *module_root(Module *m, bool *local, const char **err)
{
	*err = NULL;
	if (m->main) {
		*local = true;
		return m->dir;
	}
	Replace *r = replacement((ModVer){m->path, m->version});
	*local = r && !*r->new.version;
	if (*local) {
		if (!is_dir(m->dir))
			*err = sfmt("%s@%s: replacement directory %s does not exist", m->path, m->version, r->new.path);
		return m->dir;
	}
	if (!is_dir(m->dir)) {
		ModVer src = r ? r->new : (ModVer){m->path, m->version};
		*err = sfmt("%s@%s: module not in the module cache (%s); goescape does not download: run 'go mod download %s@%s'",
			src.path, src.version, m->dir, src.path, src.version);
	}
	return m->dir;
}

/* s as strconv.Quote writes it (quote '"') or QuoteRune (quote '\''). */
static const char *go_quote(const char *s, char quote)
{
	Buf b = {0};
	buf_printf(&b, "%c", quote);
	size_t n = strlen(s);
	for (size_t i = 0; i < n;) {
		uint32_t r;
		int w = uni_decode_utf8(s + i, n - i, &r);
		if (r == 0xFFFD && w == 1) {
			buf_printf(&b, "\\x%02x", (unsigned char)s[i]);
		} else {
			char e[16];
			int k = uni_quote_rune(e, r, quote);
			buf_printf(&b, "%.*s", k, e);
		}
		i += (size_t)w;
	}
	buf_printf(&b, "%c", quote);
	const char *out = sdup(b.p);
	free(b.p);
	return out;
}

/* module.CheckImportPath's complaint about one element of an import
 * path (n bytes at e), or NULL. */
static const char *import_elem_error(const char *e, size_t n)
{
	static const char *const windows[] = {
		"CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
		"COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
	};
	if (n == 0)
		return "empty path element";
	size_t dots = 0;
	while (dots < n && e[dots] == '.')
		dots++;
	if (dots == n)
		return sfmt("invalid path element %s", go_quote(sndup(e, n), '"'));
	if (e[n - 1] == '.')
		return "trailing dot in path element";
	for (size_t i = 0; i < n;) {
		uint32_t r;
		i += (size_t)uni_decode_utf8(e + i, n - i, &r);
		bool ok = r < 0x80 && (r == '-' || r == '.' || r == '_' || r == '~' || r == '+' ||
				       (r >= '0' && r <= '9') || (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z'));
		if (!ok) {
			char q[16];
			int k = uni_encode_utf8(q, r);
			q[k] = 0;
			return sfmt("invalid char %s", go_quote(q, '\''));
		}
	}
	size_t nshort = 0;
	while (nshort < n && e[nshort] != '.')
		nshort++;
	for (size_t k = 0; k < sizeof windows / sizeof *windows; k++)
		if (strlen(windows[k]) == nshort && strncasecmp(windows[k], e, nshort) == 0)
			return sfmt("%s disallowed as path element component on Windows",
				    go_quote(sndup(e, nshort), '"'));
	const char *tilde = memrchr(e, '~', nshort);
	if (tilde && (size_t)(tilde - e) < nshort - 1) {
		bool digits = true;
		for (const char *d = tilde + 1; d < e + nshort; d++)
			digits = digits && *d >= '0' && *d <= '9';
		if (digits)
			return "trailing tilde and digits in path element";
	}
	return NULL;
}

/* module.CheckImportPath: NULL, or the go command's "malformed import
 * path" sentence. */
static const char *check_import_path(const char *path)
{
	size_t n = strlen(path);
	const char *why = NULL;
	for (size_t i = 0; i < n && !why;) {
		uint32_t r;
		int w = uni_decode_utf8(path + i, n - i, &r);
		if (r == 0xFFFD && w == 1)
			why = "invalid UTF-8";
		i += (size_t)w;
	}
	if (why)
		;
	else if (n == 0)
		why = "empty string";
	else if (path[0] == '-')
		why = "leading dash";
	else if (strstr(path, "//"))
		why = "double slash";
	else if (path[n - 1] == '/')
		why = "trailing slash";
	for (size_t start = 0, i = 0; !why && i <= n; i++) {
		if (i == n || path[i] == '/') {
			why = import_elem_error(path + start, i - start);
			start = i + 1;
		}
	}
	return why ? sfmt("malformed import path %s: %s", go_quote(path, '"'), why) : NULL;
}

/* Module mode: modload's importFromModules (with Lookup's std
 * vendoring). */
static Resolved resolve_module(const char *path, const SrcPackage *parent)
{
	Resolved r = {.path = path};
	if (parent && parent->standard)
		r.path = path = std_vendor(parent->path, path);
	if (strchr(path, '@')) {
		r.err = sfmt("import path \"%s\" should not have @version", path);
		return r;
	}
	if (is_local_import(path)) {
		r.err = sfmt("\"%s\" is relative, but relative import paths are not supported in module mode", path);
		return r;
	}
	if (path[0] == '/') {
		r.err = sfmt("\"%s\" is not a package path; see 'go help packages'", path);
		return r;
	}
	if (is_meta(path)) {
		r.err = sfmt("\"%s\" is not an importable package; see 'go help packages'", path);
		return r;
	}
	if (!streq(path, "C") && (r.err = check_import_path(path)))
		return r;
	if (is_std_path(path) && fs_kind(sfmt("%s/%s", L.gorootsrc, path))) {
		r.dir = sfmt("%s/%s", L.gorootsrc, path);
		return r;
	}
	if (L.modmode == MOD_VENDOR) {
		Module *main = L.mains[0];
		bool mainok, vendok;
		const char *maindir = dir_in_module(path, main->prefix, main->dir, true, &mainok);
		const char *vdir = dir_in_module(path, "", path_join(main->dir, "vendor"), false, &vendok);
		if (mainok && vendok) {
			r.err = sfmt("ambiguous import: found package %s in multiple directories: %s %s", path, maindir, vdir);
			return r;
		}
		if (!vendok && maindir) {
			r.dir = maindir;
			r.module = main;
			return r;
		}
		read_vendor_list();
		r.dir = vdir;
		r.module = map_get(&L.vendor_pkg, S(path));
		return r;
	}
	for (int pass = 0; pass < 2; pass++) {
		const char *dirs[16];
		Module *mods[16];
		int n = 0;
		for (const char *prefix = path; !streq(prefix, ".");) {
			const char *v = selected(prefix, pass == 1);
			if (v) {
				Module *m = *v ? module_get((ModVer){prefix, v}) : main_module(prefix);
				bool local, have;
				const char *err;
				const char *root = module_root(m, &local, &err);
				if (err) {
					r.err = err;
					return r;
				}
				const char *dir = dir_in_module(path, prefix, root, local, &have);
				if (dir && have && n < 16) {
					dirs[n] = dir;
					mods[n] = m;
					n++;
				}
			}
			prefix = path_dir(prefix);
		}
		if (n > 1) {
			Buf b = {0};
			buf_printf(&b, "ambiguous import: found package %s in multiple modules:", path);
			for (int i = n - 1; i >= 0; i--)
				buf_printf(&b, " %s%s%s (%s)", mods[i]->path, *mods[i]->version ? " " : "", mods[i]->version, dirs[i]);
			r.err = sdup(b.p);
			free(b.p);
			return r;
		}
		if (n == 1) {
			r.dir = dirs[0];
			r.module = mods[0];
			return r;
		}
		if (L.nmains == 0)
			break;
	}
	if (is_std_path(path))
		r.err = sfmt("package %s is not in GOROOT (%s/%s)", path, L.gorootsrc, path);
	else if (L.nmains == 0)
		r.err = sfmt("no required module provides package %s: go.mod file not found in current directory or any parent directory; see 'go help modules'", path);
	else
		r.err = sfmt("no required module provides package %s; to add it: go get %s", path, path);
	return r;
}

/* cmd/go's dirToImportPath: the pseudo import path of a directory
 * outside GOPATH ("_/tmp/x"). */
static const char *dir_to_import_path(const char *dir)
{
	char *s = sfmt("_/%s", dir[0] == '/' ? dir + 1 : dir);
	for (char *p = s; *p; p++)
		if ((unsigned char)*p < ' ' || strchr("!\"#$%&'()*,:;<=>?[\\]^`{|}\x7f", *p))
			*p = '_';
	return path_clean(s);
}

/* GOPATH mode: which GOROOT or GOPATH tree holds dir, and its import path
 * there (go/build's local-import case), or NULL. */
static const char *gopath_import_path(const char *dir, const char **root)
{
	const char *sub = in_dir(dir, L.gorootsrc);
	bool testdata = false;
	if (sub && !streq(sub, ".")) {
		testdata = strstr(sub, "/testdata/") || has_suffix(sub, "/testdata") || has_prefix(sub, "testdata/") || streq(sub, "testdata");
		if (!testdata) {
			*root = L.goroot;
			return sub;
		}
	}
	for (int i = 0; i < L.ngopath; i++) {
		const char *src = sfmt("%s/src", L.gopath[i]);
		sub = in_dir(dir, src);
		if (!sub || streq(sub, "."))
			continue;
		if (strstr(sub, "/testdata/") || has_suffix(sub, "/testdata") || has_prefix(sub, "testdata/") || streq(sub, "testdata"))
			continue;
		/* a directory shadowed by GOROOT or an earlier GOPATH entry has
		 * no import path of its own */
		if (is_dir(sfmt("%s/%s", L.gorootsrc, sub)))
			return NULL;
		for (int j = 0; j < i; j++)
			if (is_dir(sfmt("%s/src/%s", L.gopath[j], sub)))
				return NULL;
		*root = L.gopath[i];
		return sub;
	}
	return NULL;
}

/* GOPATH mode: vendoredImportPath — the nearest vendor/path above the
 * importer, within its GOROOT or GOPATH tree. */
static const char *vendored_import_path(const char *path, const SrcPackage *parent, const char *proot)
{
	if (!parent || !proot)
		return path;
	const char *dir = path_clean(parent->dir);
	const char *root = sfmt("%s/src", proot);
	size_t rl = strlen(root);
	if (!in_dir_lex(dir, root))
		return path;
	for (long i = (long)strlen(dir); i >= (long)rl; i--) {
		if (i < (long)strlen(dir) && dir[i] != '/')
			continue;
		const char *base = sndup(dir, (size_t)i);
		if (!is_dir(sfmt("%s/vendor", base)))
			continue;
		const char *targ = sfmt("%s/vendor/%s", base, path);
		if (is_dir(targ) && dir_has_go_files(targ)) {
			const char *ip = parent->path;
			if (streq(ip, "command-line-arguments"))
				ip = dir + rl + 1;
			size_t chopped = strlen(dir) - (size_t)i;
			if (chopped == strlen(ip) + 1)
				return sfmt("vendor/%s", path);
			if (chopped > strlen(ip))
				return path;
			return sfmt("%.*s/vendor/%s", (int)(strlen(ip) - chopped), ip, path);
		}
	}
	return path;
}

/* GOPATH mode: go/build's search of GOROOT/src and GOPATH/src. */
static Resolved resolve_gopath(const char *path, const SrcPackage *parent, const char *srcdir, bool resolve_vendor,
	const char *proot)
{
	Resolved r = {.path = path};
	if (strchr(path, '@')) {
		r.err = "can only use path@version syntax with 'go get' and 'go install' in module-aware mode";
		return r;
	}
	if (has_prefix(path, "mod/")) {
		r.err = sfmt("disallowed import path \"%s\"", path);
		return r;
	}
	if (is_local_import(path)) {
		r.dir = path_join(srcdir, path);
		r.path = dir_to_import_path(r.dir);
		r.local = true;
		return r;
	}
	if (path[0] == '/') {
		r.err = sfmt("import \"%s\": cannot import absolute path", path);
		return r;
	}
	if (resolve_vendor)
		r.path = path = vendored_import_path(path, parent, proot);
	bool goroot_first = !has_prefix(path, "vendor/") || !srcdir || in_dir(srcdir, L.goroot);
	const char *gdir = sfmt("%s/%s", L.gorootsrc, path);
	if (goroot_first && is_dir(gdir)) {
		r.dir = gdir;
		r.root = L.goroot;
		return r;
	}
	for (int i = 0; i < L.ngopath; i++) {
		const char *d = sfmt("%s/src/%s", L.gopath[i], path);
		if (is_dir(d)) {
			r.dir = d;
			r.root = L.gopath[i];
			return r;
		}
	}
	if (!goroot_first && is_dir(gdir)) {
		r.dir = gdir;
		r.root = L.goroot;
		return r;
	}
	Buf b = {0};
	buf_printf(&b, "cannot find package \"%s\" in any of: %s (from $GOROOT)", path, gdir);
	for (int i = 0; i < L.ngopath; i++)
		buf_printf(&b, " %s/src/%s%s", L.gopath[i], path, i == 0 ? " (from $GOPATH)" : "");
	if (L.ngopath == 0)
		buf_puts(&b, " ($GOPATH not set. For more details see: 'go help gopath')");
	r.err = sdup(b.p);
	free(b.p);
	return r;
}

/* ==================================================================== */
/* Loading packages                                                      */
/* ==================================================================== */

enum { PS_LOADING = 1, PS_DONE };

typedef struct PkgInternal {
	int state;
	const char *root;       /* GOPATH mode: the tree that holds it */
	bool local;             /* loaded through a relative path (GOPATH mode) */
	LoadError **deperrs;    /* the error recorded for each of deps (DepsErrors) */
} PkgInternal;

#define PI(p) ((PkgInternal *)(p)->internal)

/* gc's -+ packages (cmd/go/internal/work's runtimePackages). */
static const char *const runtime_pkgs[] = {
	"internal/abi", "internal/bytealg", "internal/cpu", "internal/goarch", "internal/goos",
	"runtime", "runtime/internal/atomic", "runtime/internal/math", "runtime/internal/sys",
	"runtime/internal/syscall", NULL,
};

static SrcPackage *new_package(const char *path)
{
	SrcPackage *p = arena_alloc(&sa, sizeof *p);
	p->path = path;
	p->dir = "";
	p->name = "";
	p->gcpath = path;
	p->internal = arena_alloc(&sa, sizeof(PkgInternal));
	PI(p)->state = PS_LOADING;
	return p;
}

/* An error recorded with the current import stack (plus path, if push). */
static LoadError *mkerror(const char *msg, const char *push, const char *pos)
{
	LoadError *e = arena_alloc(&sa, sizeof *e);
	int n = L.stack.len + (push ? 1 : 0);
	e->stack = arena_alloc(&sa, (size_t)(n + 1) * sizeof *e->stack);
	for (int i = 0; i < L.stack.len; i++)
		e->stack[i] = L.stack.data[i];
	if (push)
		e->stack[L.stack.len] = push;
	e->nstack = n;
	e->msg = msg;
	e->pos = pos ? pos : "";
	return e;
}

static const char *pos_string(const Pos *pos)
{
	if (!pos || pos->line == 0)
		return NULL;
	char buf[2048];
	diag_format_pos(*pos, buf, sizeof buf);
	/* the file table says "./a.go" as gc's output does; the go command
	 * says "a.go" in its own messages */
	return sdup(has_prefix(buf, "./") ? buf + 2 : buf);
}

static const char *stack_top(void)
{
	return L.stack.len ? L.stack.data[L.stack.len - 1] : "";
}

/* load's setLoadPackageDataError: a problem with the package itself
 * (push: no Go files, a syntax error) carries the package on the import
 * stack and no position; a problem with the import carries the position
 * of the import. */
static void set_load_error(SrcPackage *p, const char *msg, const char *path, const Pos *ipos, bool push)
{
	p->incomplete = true;
	if (p->error)
		return;
	const char *pos = NULL;
	if (!push && !streq(path, stack_top()))
		pos = pos_string(ipos);
	p->error = mkerror(msg, push ? path : NULL, pos);
}

static int cmp_ptr_imp(const void *a, const void *b)
{
	return strcmp((*(PkgImport *const *)a)->path, (*(PkgImport *const *)b)->path);
}

static bool in_strs(const char *const *list, const char *s)
{
	for (; *list; list++)
		if (streq(*list, s))
			return true;
	return false;
}

static SrcPackage *load_path(const char *path, SrcPackage *parent, const char *srcdir, const Pos *ipos, bool resolve_import);

/* ip, imported at pos, onto the package's imports unless it is there
 * (the first import of a path is the one kept). */
static void add_import(PtrVec *imps, const char *ip, Pos pos)
{
	for (int k = 0; k < imps->len; k++)
		if (streq(((PkgImport *)imps->data[k])->path, ip))
			return;
	PkgImport *imp = arena_alloc(&sa, sizeof *imp);
	imp->path = ip;
	imp->pos = pos;
	vec_push(imps, imp);
}

/* File id parsed into p's arena, its text let go, and the tree kept as
 * p's file number *n (counted); NULL when the parser made no tree.  As
 * gc: only "syntax error"s keep the package from being type-checked
 * (other parse errors, such as "middle index required in 3-index
 * slice", do not). */
static Node *parse_into(SrcPackage *p, uint32_t id, const ParseOpts *opts, int *n)
{
	Node *f = parse_file_opts(&p->arena, id, opts);
	file_release_data(id);
	if (!f || f->u.file.nsyntax_gc > 0)
		p->broken = true;
	if (f) {
		p->fileids[*n] = id;
		p->files[(*n)++] = f;
	}
	return f;
}

/* Parse the files of a package that build; gather their imports. */
static void parse_files(SrcPackage *p, Scan *s, PtrVec *imps)
{
	/* the trees own their text: each file's contents go once parsed */
	ParseOpts opts = {.std = p->standard, .runtime = p->runtime, .own_text = true};
	const char *sdir = short_path(p->dir);
	p->files = arena_alloc(&sa, (size_t)(s->nsrc + 1) * sizeof *p->files);
	p->fileids = arena_alloc(&sa, (size_t)(s->nsrc + 1) * sizeof *p->fileids);
	bool defer = L.parse_at_check && !p->unsafe && !s->badfile && s->nsrc > 0;
	for (int i = 0; i < s->nsrc && defer; i++)
		defer = s->src[i].plain;
	if (defer) {
		/* the headers have said it all: the files wait on the disk */
		for (int i = 0; i < s->nsrc; i++) {
			SrcFileData *d = &s->src[i];
			const char *fpath = streq(sdir, ".") ? sfmt("./%s", d->name) : sfmt("%s/%s", sdir, d->name);
			uint32_t id = file_add(fpath, d->data, d->size);
			d->data = NULL;
			p->fileids[p->nfiles] = id;
			p->files[p->nfiles++] = NULL;
			for (int k = 0; k < d->nimps; k++)
				add_import(imps, d->imps[k], (Pos){id, d->ilines[k], d->icols[k]});
		}
		p->parse_pending = p->parse_deferred = true;
		return;
	}
	for (int i = 0; i < s->nsrc; i++) {
		SrcFileData *d = &s->src[i];
		const char *fpath = streq(sdir, ".") ? sfmt("./%s", d->name) : sfmt("%s/%s", sdir, d->name);
		if (!d->data) {
			const char *full = sfmt("%s/%s", s->dir, d->name);
			d->data = util_read_file(full, &d->size);
			if (!d->data)
				util_die("open %s: %s", full, errstr(errno));
		}
		uint32_t id = file_add(fpath, d->data, d->size);
		d->data = NULL;
		if (p->unsafe)
			continue;
		Node *f = parse_into(p, id, &opts, &p->nfiles);
		if (!f)
			continue;
		for (int j = 0; j < f->u.file.decls.n && !d->noimports; j++) {
			Node *decl = f->u.file.decls.v[j];
			if (decl->kind != N_IMPORTDECL)
				continue;
			Node *lit = decl->u.import.path;
			if (!lit || lit->kind != N_BASICLIT || lit->u.lit.kind != LIT_STRING || lit->u.lit.bad)
				continue;
			const char *ip = unquote(lit->u.lit.val, (size_t)lit->u.lit.len);
			if (!ip || !*ip)
				continue;
			add_import(imps, ip, decl->pos);
		}
	}
	/* a file whose header go/build could not read but which is not
	 * compiled (a test): let gc's parser say what is wrong */
	if (s->badfile && has_suffix(s->badfile, "_test.go")) {
		const char *full = sfmt("%s/%s", p->dir, s->badfile);
		size_t size;
		char *data = util_read_file(full, &size);
		if (data) {
			const char *fpath = streq(sdir, ".") ? sfmt("./%s", s->badfile) : sfmt("%s/%s", sdir, s->badfile);
			uint32_t id = file_add(fpath, data, size);
			Arena scratch = {0};
			Node *f = parse_file_opts(&scratch, id, &opts);
			if (!f || f->u.file.nsyntax > 0)
				p->broken = true;
			arena_free(&scratch);
			file_release_data(id);
		}
	}
	if (diag_count() > 0)
		p->parse_errors = true;
	if (diag_count() > 0 && !p->broken && !p->unsafe && L.defer_parse_errors) {
		/* gc goes on to type-check: its errors come sorted with these */
		L.nsyntax += diag_count();
		p->parse_diags = diag_take();
	} else if (diag_count() > 0) {
		fflush(stdout);
		L.nsyntax += diag_flush(stderr);
	}
	if (L.parse_late && p->nfiles > 0) {
		/* the imports are read: the trees wait on the disk */
		arena_free(&p->arena);
		for (int i = 0; i < p->nfiles; i++)
			p->files[i] = NULL;
		p->parse_pending = true;
	}
}

/* A file's text, read again for its parse (the loader let it go). */
static void read_file_again(SrcFile *f)
{
	size_t size;
	char *data = util_read_file(f->path, &size);
	if (!data)
		util_die("open %s: %s", f->path, errstr(errno));
	f->data = data;
	f->size = size;
}

/* The first parse of a package whose parsing waited for its check
 * (parse_files, LoadConfig.parse_at_check): its errors go where
 * parse_files sends them. */
static int parse_deferred(SrcPackage *p, FILE *err)
{
	ParseOpts opts = {.std = p->standard, .runtime = p->runtime, .own_text = true};
	DiagSet *pending = diag_count() > 0 ? diag_take() : NULL;
	int n = 0;
	for (int i = 0; i < p->nfiles; i++) {
		uint32_t id = p->fileids[i];
		SrcFile *sf = file_get(id);
		if (!sf->data)
			read_file_again(sf);
		parse_into(p, id, &opts, &n);
	}
	p->nfiles = n;
	int nerr = 0;
	if (diag_count() > 0)
		p->parse_errors = true;
	if (diag_count() > 0 && !p->broken && L.defer_parse_errors) {
		nerr = diag_count();
		p->parse_diags = diag_take();
	} else if (diag_count() > 0) {
		if (err == stderr)
			fflush(stdout);
		nerr = diag_flush(err);
	}
	/* -j: a worker thread may parse (main.c) */
	__atomic_fetch_add(&L.nsyntax, nerr, __ATOMIC_RELAXED);
	if (pending)
		diag_put(pending);
	return nerr;
}

int load_parse_again(SrcPackage *p, FILE *err)
{
	if (!p->parse_pending)
		return 0;
	p->parse_pending = false;
	if (p->parse_deferred) {
		p->parse_deferred = false;
		return parse_deferred(p, err);
	}
	ParseOpts opts = {.std = p->standard, .runtime = p->runtime, .own_text = true};
	DiagSet *pending = diag_count() > 0 ? diag_take() : NULL;
	for (int i = 0; i < p->nfiles; i++) {
		uint32_t id = p->fileids[i];
		SrcFile *f = file_get(id);
		/* the lexer records the //line directives anew */
		for (int j = 0; j < f->nlines; j++)
			free((char *)f->lines[j].filename);
		f->nlines = 0;
		read_file_again(f);
		p->files[i] = parse_file_opts(&p->arena, id, &opts);
		file_release_data(id);
	}
	diag_reset();           /* said when first parsed */
	if (pending)
		diag_put(pending);
	return 0;
}

/* load's collectDeps, run as the go command runs it: when the package
 * has loaded its imports.  Everything reachable through imports, by path;
 * a package still loading (an import cycle) is not looked into, and an
 * import that is not allowed stands for a copy carrying that error, which
 * is preferred, as the go command prefers the entry with an error (the
 * one with the shortest import stack), to report it. */
typedef struct DepNode {
	SrcPackage *pkg;
	const PkgImport *edge;  /* a copy with edge->error, or NULL */
} DepNode;

static LoadError *dep_error(const DepNode *n)
{
	return n->edge ? n->edge->error : n->pkg->error;
}

static int cmp_depnode(const void *a, const void *b)
{
	return strcmp((*(DepNode *const *)a)->pkg->path, (*(DepNode *const *)b)->pkg->path);
}

static void collect_deps(SrcPackage *p)
{
	Map bypath = {0};
	PtrVec q = {0}, all = {0};
	for (int i = 0; i < p->nimports; i++) {
		if (!p->imports[i].pkg)
			continue;
		DepNode *n = arena_alloc(&sa, sizeof *n);
		n->pkg = p->imports[i].pkg;
		n->edge = p->imports[i].error ? &p->imports[i] : NULL;
		vec_push(&q, n);
	}
	for (int i = 0; i < q.len; i++) {
		DepNode *n = q.data[i];
		Sym *k = S(n->pkg->path);
		DepNode *old = map_get(&bypath, k);
		LoadError *e = dep_error(n), *olde = old ? dep_error(old) : NULL;
		if (old && !(e && (!olde || olde->nstack > e->nstack)))
			continue;
		if (!old)
			vec_push(&all, k);
		map_put(&bypath, k, n);
		bool expand = n->edge ? !n->edge->error->early : (PI(n->pkg)->state == PS_DONE || n->pkg == p);
		if (!expand)
			continue;
		for (int j = 0; j < n->pkg->nimports; j++) {
			const PkgImport *imp = &n->pkg->imports[j];
			if (!imp->pkg)
				continue;
			const PkgImport *edge = imp->error ? imp : NULL;
			DepNode *cur = map_get(&bypath, S(imp->pkg->path));
			if (cur && cur->pkg == imp->pkg && cur->edge == edge)
				continue;
			DepNode *c = arena_alloc(&sa, sizeof *c);
			c->pkg = imp->pkg;
			c->edge = edge;
			vec_push(&q, c);
		}
	}
	DepNode **nodes = arena_alloc(&sa, (size_t)(all.len + 1) * sizeof *nodes);
	for (int i = 0; i < all.len; i++)
		nodes[i] = map_get(&bypath, all.data[i]);
	if (all.len > 1)
		qsort(nodes, (size_t)all.len, sizeof *nodes, cmp_depnode);
	p->ndeps = all.len;
	p->deps = arena_alloc(&sa, (size_t)(all.len + 1) * sizeof *p->deps);
	PI(p)->deperrs = arena_alloc(&sa, (size_t)(all.len + 1) * sizeof *PI(p)->deperrs);
	for (int i = 0; i < all.len; i++) {
		p->deps[i] = nodes[i]->pkg;
		PI(p)->deperrs[i] = dep_error(nodes[i]);
	}
	map_free(&bypath);
	vec_free(&q);
	vec_free(&all);
}

/* The SrcPackage from a scanned directory: file lists, errors, parsed
 * files, and its imports, loaded. */
static void load_scanned(SrcPackage *p, const char *path, Scan *s, const Pos *ipos)
{
	if (s->missing || s->readerr) {
		if (s->missing)
			set_load_error(p, sfmt("cannot find package \".\" in: %s", p->dir), path, ipos, false);
		else
			set_load_error(p, sfmt("open %s: %s", p->dir, errstr(s->readerr)), path, ipos, false);
	}
	p->name = s->name ? s->name : "";
	p->gofiles = s->gofiles.v;
	p->ngofiles = s->gofiles.n;
	p->cgofiles = s->cgofiles.v;
	p->ncgofiles = s->cgofiles.n;
	p->sfiles = s->sfiles.v;
	p->nsfiles = s->sfiles.n;
	p->ignored = s->ignored.v;
	p->nignored = s->ignored.n;
	p->ntestfiles = s->ntest + s->nxtest;
	const char *sub = in_dir_lex(p->dir, L.gorootsrc);
	p->goroot = sub && !streq(sub, ".") && !strstr(sub, "/testdata/") && !has_suffix(sub, "/testdata") &&
	            !has_prefix(sub, "testdata/") && !streq(sub, "testdata");
	p->standard = p->goroot && is_std_path(p->path);
	p->runtime = (p->standard && in_strs(runtime_pkgs, p->path)) || (p->cmdline && L.compiling_runtime);
	p->unsafe = p->standard && streq(p->path, "unsafe");
	p->gcpath = streq(p->name, "main") ? "main" : p->path;
	if (p->module) {
		const char *v = *p->module->goversion ? p->module->goversion : "1.16";
		int minor = go_minor(v);
		if (streq(v, "1.0") || (minor >= 0 && minor <= GO_MINOR))
			p->lang = sfmt("go%s", v);
	}
	if (!s->missing && !s->readerr) {
		if (s->err && s->errpos && !p->error) {
			/* a go/parser error: the go command pushes the package
			 * and keeps the error's position */
			p->incomplete = true;
			p->error = mkerror(s->err, path, s->errpos);
		} else if (s->err) {
			set_load_error(p, s->err, path, ipos, false);
		}
		else if (scan_nogo(s))
			set_load_error(p, nogo_message(s), path, ipos, true);
		else if (s->import_comment && !streq(s->import_comment, path) && !strstr(path, "/vendor/") &&
		         !has_prefix(path, "vendor/"))
			set_load_error(p, sfmt("code in directory %s expects import %s", p->dir,
				go_quote(s->import_comment, '"')), path, ipos, false);
	}
	if (s->cgoignored.n > 0 && s->gofiles.n > 0) {
		Buf b = {0};
		for (int i = 0; i < s->cgoignored.n; i++)
			buf_printf(&b, "%s%s", i ? " " : "", s->cgoignored.v[i]);
		fflush(stdout);
		fprintf(stderr, "goescape: warning: package %s: CGO_ENABLED=0 leaves out its cgo files (%s); analysing it without them\n",
			p->path, b.p);
		free(b.p);
	}

	/* the package is on the stack while its imports load */
	vec_push(&L.stack, (void *)path);
	PtrVec imps = {0};
	if (s->used)   /* a second package from the same directory */
		s = scan_dir_files(s->dir, NULL, 0);
	s->used = true;
	parse_files(p, s, &imps);
	if (imps.len > 1)
		qsort(imps.data, (size_t)imps.len, sizeof *imps.data, cmp_ptr_imp);
	int nlisted = imps.len;
	/* what cgo and the linker add */
	const char *extra[16];
	int nextra = 0;
	if (p->ncgofiles > 0) {
		extra[nextra++] = "unsafe";
		if (!(p->standard && streq(p->path, "runtime/cgo")))
			extra[nextra++] = "runtime/cgo";
		static const char *const nosyscall[] = {"runtime/cgo", "runtime/race", "runtime/msan", "runtime/asan", NULL};
		if (!(p->standard && in_strs(nosyscall, p->path)))
			extra[nextra++] = "syscall";
	}
	if (s->nswig > 0) {
		extra[nextra++] = "unsafe";
		extra[nextra++] = "runtime/cgo";
		extra[nextra++] = "syscall";
		extra[nextra++] = "sync";
	}
	if (streq(p->name, "main")) {
		extra[nextra++] = "runtime";
		if (L.cgo && ((streq(L.goos, "android") && !streq(L.goarch, "arm64")) || streq(L.goos, "ios")))
			extra[nextra++] = "runtime/cgo";
		if (streq(L.goarch, "arm"))
			extra[nextra++] = "math";
	}
	for (int i = 0; i < nextra; i++) {
		bool have = false;
		for (int k = 0; k < imps.len && !have; k++)
			have = streq(((PkgImport *)imps.data[k])->path, extra[i]);
		if (have)
			continue;
		PkgImport *imp = arena_alloc(&sa, sizeof *imp);
		imp->path = extra[i];
		vec_push(&imps, imp);
	}
	p->nimports = imps.len;
	p->nlisted = nlisted;
	p->imports = arena_alloc(&sa, (size_t)(imps.len + 1) * sizeof *p->imports);
	for (int i = 0; i < imps.len; i++)
		p->imports[i] = *(PkgImport *)imps.data[i];
	vec_free(&imps);
	for (int i = 0; i < p->nimports; i++) {
		PkgImport *imp = &p->imports[i];
		if (streq(imp->path, "C")) {
			imp->resolved = "C";
			continue;
		}
		SrcPackage *q = load_path(imp->path, p, p->dir, imp->pos.line ? &imp->pos : NULL, true);
		imp->pkg = q;
		imp->resolved = q->path;
		if (q->incomplete || q->error || imp->error)
			p->incomplete = true;
	}
	collect_deps(p);
	/* with cgo on, C and friends need cgo (or SWIG); with cgo off, the
	 * go command drops them like the cgo files */
	if (L.cgo && p->ncgofiles == 0 && s->nswig == 0 && !p->error) {
		static const char *const what[] = {"C", "C++", "Objective-C", "Fortran"};
		const StrList *lists[] = {&s->cfiles, &s->cxxfiles, &s->mfiles, &s->ffiles};
		for (int i = 0; i < 4 && !p->error; i++) {
			if (lists[i]->n == 0)
				continue;
			Buf b = {0};
			for (int k = 0; k < lists[i]->n; k++)
				buf_printf(&b, "%s%s", k ? " " : "", lists[i]->v[k]);
			p->error = mkerror(sfmt("%s source files not allowed when not using cgo or SWIG: %s", what[i], b.p), NULL, NULL);
			p->incomplete = true;
			free(b.p);
		}
	}
	L.stack.len--;
}

static void finish(SrcPackage *p)
{
	PI(p)->state = PS_DONE;
	vec_push(&L.order, p);
}

static int find_internal(const char *path)
{
	size_t n = strlen(path);
	if (has_suffix(path, "/internal"))
		return (int)(n - 8);
	const char *s = NULL, *q = path;
	while ((q = strstr(q, "/internal/")) != NULL)
		s = q++;
	if (s)
		return (int)(s - path) + 1;
	if (streq(path, "internal") || has_prefix(path, "internal/"))
		return 0;
	return -1;
}

static int find_vendor(const char *path)
{
	const char *s = NULL, *q = path;
	while ((q = strstr(q, "/vendor/")) != NULL)
		s = q++;
	if (s)
		return (int)(s - path) + 1;
	if (has_prefix(path, "vendor/"))
		return 0;
	return -1;
}

/* Does the directory src lie within dir (symbolic links resolved)? */
static bool dir_within(const char *src, const char *dir)
{
	return in_dir(path_clean(src), path_clean(dir)) != NULL;
}

/* The checks that depend on who imports: internal packages, vendored
 * paths, programs, relative imports (load's disallowInternal and
 * friends).  An error here belongs to the import, not the package. */
static LoadError *import_checks(SrcPackage *p, const char *path, SrcPackage *parent, const char *srcdir,
	const Pos *ipos)
{
	int i = p->error ? -1 : find_internal(p->path);
	if (parent->cmdline && L.compile_files)
		i = -1;         /* go tool compile: no such check */
	if (i >= 0 && !(p->standard && has_prefix(parent->path, "bootstrap/"))) {
		if (i > 0)
			i--;
		bool ok;
		if (!p->module) {
			size_t cut = (size_t)i + strlen(p->dir) - strlen(p->path);
			ok = cut <= strlen(p->dir) && dir_within(srcdir, sndup(p->dir, cut));
		} else {
			const char *ipath = parent->path;
			if (parent->cmdline) {
				ipath = ".";
				for (int k = 0; k < L.nmains; k++) {
					const char *sub = in_dir(parent->dir, L.mains[k]->dir);
					if (sub)
						ipath = streq(sub, ".") ? L.mains[k]->prefix : path_join(L.mains[k]->prefix, sub);
				}
			}
			ok = has_path_prefix(ipath, sndup(p->path, (size_t)i));
		}
		if (!ok) {
			LoadError *e = mkerror(sfmt("use of internal package %s not allowed", p->path), NULL, pos_string(ipos));
			e->always_stack = true;
			return e;
		}
	}
	int v = find_vendor(p->path);
	if (v >= 0) {
		if (v > 0)
			v--;
		long cut = (long)v + (long)strlen(p->dir) - (long)strlen(p->path);
		if (cut >= 0 && cut <= (long)strlen(p->dir) && !dir_within(srcdir, sndup(p->dir, (size_t)cut)))
			return mkerror("use of vendored package not allowed", NULL, pos_string(ipos));
	}
	v = find_vendor(path);
	if (v >= 0)
		return mkerror(sfmt("%s must be imported as %s", path, path + v + 7), NULL, pos_string(ipos));
	if (streq(p->name, "main") && !streq(parent->dir, p->dir))
		return mkerror(sfmt("import \"%s\" is a program, not an importable package", path), NULL, pos_string(ipos));
	if (PI(p)->local && !PI(parent)->local) {
		const char *msg = streq(path, ".") ? sfmt("%s: cannot import current directory", path)
		                                   : sfmt("local import \"%s\" in non-local package", path);
		return mkerror(msg, NULL, pos_string(ipos));
	}
	return NULL;
}

/* load's loadImport: the package an import path names, loaded once. */
static const char sources_header[] = "goescape package sources";

bool load_write_sources(const char *file, char **srcs, int nsrcs, int lower_l)
{
	FILE *f = fopen(file, "w");
	if (!f)
		return false;
	char cwd[4096];
	if (!getcwd(cwd, sizeof cwd))
		cwd[0] = 0;
	fprintf(f, "%s\n", sources_header);
	if (lower_l > 1)        /* what its inline costs were made with */
		fprintf(f, "-l=%d\n", lower_l);
	for (int i = 0; i < nsrcs; i++)
		fprintf(f, "%s%s%s\n", srcs[i][0] == '/' ? "" : cwd, srcs[i][0] == '/' ? "" : "/", srcs[i]);
	return fclose(f) == 0;
}

/* A relative import of the files named, compiled as gc compiles them:
 * the package -D/path, from the sources its -I entry lists. */
static SrcPackage *load_compiled_local(const char *path, SrcPackage *parent, const Pos *ipos)
{
	const char *ipath = L.localprefix ? path_clean(path_join(L.localprefix, path)) : path;
	SrcPackage *p = map_get(&L.pkgcache, S(ipath));
	if (p) {
		if (PI(p)->state == PS_LOADING && !p->error) {
			vec_push(&L.stack, (void *)path);
			p->error = mkerror("import cycle not allowed", NULL, NULL);
			L.stack.len--;
			p->error->cycle = true;
			p->incomplete = true;
		}
		return p;
	}
	p = new_package(sdup(ipath));
	map_put(&L.pkgcache, S(ipath), p);
	PI(p)->local = true;
	p->module = parent->module;
	char *data = NULL;
	size_t size = 0;
	for (int i = 0; i < L.nincdirs && !data; i++)
		data = util_read_file(sfmt("%s/%s.a", L.incdirs[i], ipath), &size);
	if (!data || strncmp(data, sources_header, strlen(sources_header)) != 0) {
		set_load_error(p, sfmt("can't find import: \"%s\"%s", path,
			data ? " (not written by goescape -m -o)" : ""), path, ipos, false);
		free(data);
		finish(p);
		return p;
	}
	const char *dir = NULL;
	PtrVec names = {0};
	for (char *line = strchr(data, '\n'); line && line[1];) {
		char *next = strchr(++line, '\n');
		if (next)
			*next = 0;
		if (strncmp(line, "-l=", 3) == 0) {
			p->lower_l = atoi(line + 3);
		} else if (*line) {
			const char *d = path_dir(line);
			if (!dir)
				dir = sdup(d);
			if (streq(dir, d))
				vec_push(&names, (void *)sdup(path_base(line)));
		}
		line = next;
	}
	free(data);
	p->dir = dir ? dir : "";
	load_scanned(p, ipath, scan_dir_files(p->dir, (const char **)names.data, names.len), ipos);
	vec_free(&names);
	finish(p);
	return p;
}

static SrcPackage *load_path(const char *path, SrcPackage *parent, const char *srcdir, const Pos *ipos, bool resolve_import)
{
	if (parent && parent->cmdline && L.compile_files && (L.localprefix || L.nincdirs) && is_local_import(path))
		return load_compiled_local(path, parent, ipos);
	Resolved r = L.modules ? resolve_module(path, parent)
	                       : resolve_gopath(path, parent, srcdir, resolve_import, parent ? PI(parent)->root : NULL);
	if (!r.path)
		r.path = path;
	SrcPackage *p = map_get(&L.pkgcache, S(r.path));
	if (p) {
		if (PI(p)->state == PS_LOADING) {
			/* back to a package still loading its imports */
			if (!p->error) {
				vec_push(&L.stack, (void *)path);
				p->error = mkerror("import cycle not allowed", NULL, NULL);
				L.stack.len--;
			}
			p->error->cycle = true;
			p->incomplete = true;
		}
	} else {
		p = new_package(sdup(r.path));
		map_put(&L.pkgcache, S(r.path), p);
		p->module = r.module;
		PI(p)->root = r.root;
		PI(p)->local = r.local;
		if (r.err) {
			set_load_error(p, r.err, path, ipos, false);
			if (r.dir)
				p->dir = r.dir;
		} else if (r.dir) {
			p->dir = r.dir;
			load_scanned(p, path, scan_dir(r.dir), ipos);
		}
		finish(p);
	}
	if (parent) {
		LoadError *e = import_checks(p, path, parent, srcdir, ipos);
		if (e) {
			e->early = PI(p)->state == PS_LOADING;
			for (int i = 0; i < parent->nimports; i++)
				if (streq(parent->imports[i].path, path))
					parent->imports[i].error = e;
		}
	}
	return p;
}

/* ==================================================================== */
/* Patterns                                                              */
/* ==================================================================== */

typedef struct Match {
	const char *pattern;
	StrList pkgs;           /* import paths (GOPATH mode: or directories) */
	const char *err;        /* why the pattern could not be matched */
	const char *errdir;     /* the directory, when it holds no Go files */
	bool literal, local;
} Match;

static bool has_dots(const char *s)
{
	return strstr(s, "...") != NULL;
}

/* search's replaceVendor: every "vendor" element but the last becomes
 * \x01, which "..." does not match across. */
static char *replace_vendor(const char *s)
{
	char *out = sdup(s);
	for (char *p = out; *p;) {
		char *e = strchr(p, '/');
		if (!e)
			break;
		if (e - p == 6 && memcmp(p, "vendor", 6) == 0) {
			memmove(p + 1, p + 6, strlen(p + 6) + 1);
			*p = '\x01';
			e = p + 1;
		}
		p = e + 1;
	}
	return out;
}

static bool glob(const char *p, const char *s)
{
	while (*p) {
		if (p[0] == '.' && p[1] == '.' && p[2] == '.') {
			p += 3;
			for (const char *t = s;; t++) {
				if (glob(p, t))
					return true;
				if (!*t || *t == '\x01')
					return false;
			}
		}
		if (*p != *s)
			return false;
		p++;
		s++;
	}
	return !*s;
}

/* search.MatchPattern: "..." matches any string; a trailing "/..." also
 * matches the empty string; vendor directories are matched only when the
 * pattern names them. */
static bool match_pattern(const char *pattern, const char *name)
{
	if (strchr(pattern, '\x01'))
		return false;
	char *re = replace_vendor(pattern);
	char *n = replace_vendor(name);
	size_t len = strlen(re);
	if (has_suffix(re, "/\x01/...") || streq(re, "\x01/...")) {
		char *base = sndup(re, len - (streq(re, "\x01/...") ? 5 : 6));
		return glob(sfmt("%s/vendor", base), n) || glob(sfmt("%s/\x01/...", base), n);
	}
	if (has_suffix(re, "/...")) {
		char *base = sndup(re, len - 4);
		return glob(base, n) || glob(re, n);
	}
	return glob(re, n);
}

/* search.TreeCanMatchPattern: could name or a directory below it match? */
static bool tree_can_match(const char *pattern, const char *name)
{
	const char *dots = strstr(pattern, "...");
	const char *prefix = dots ? sndup(pattern, (size_t)(dots - pattern)) : pattern;
	if (strlen(name) <= strlen(prefix) && has_path_prefix(prefix, name))
		return true;
	return dots && has_prefix(name, prefix);
}

static bool skip_elem(const char *elem)
{
	return elem[0] == '.' || elem[0] == '_' || streq(elem, "testdata");
}

/* GOPATH-mode search.MatchPackages (also "std" and "cmd" in module
 * mode): walk GOROOT/src and each GOPATH/src. */
typedef struct PWalk {
	Match *m;
	const char *src;
	Map *have;
	bool std, cmd, meta;
} PWalk;

static void pwalk(PWalk *w, const char *dir, const char *name)
{
	bool top = streq(dir, w->src);
	if (!top) {
		bool want = !skip_elem(path_base(dir));
		if (w->std && (!is_std_path(name) || streq(name, "cmd")))
			want = false;
		if (!w->meta && !tree_can_match(w->m->pattern, name))
			want = false;
		if (!want)
			return;
		Sym *k = S(name);
		if (!map_get(w->have, k)) {
			map_put(w->have, k, (void *)1);
			if (w->meta || match_pattern(w->m->pattern, name)) {
				Scan *s = scan_dir(dir);
				bool add = !scan_nogo(s);
				if (add && w->cmd && has_prefix(name, "cmd/vendor") && streq(s->name, "main"))
					add = false;
				if (add)
					sl_push(&w->m->pkgs, sdup(name));
			}
		}
	}
	DirList *dl = fs_readdir(dir);
	for (int i = 0; i < dl->n; i++) {
		const DirEnt *e = &dl->v[i];
		const char *sub = sfmt("%s/%s", dir, e->name);
		if (e->kind == K_LINKDIR) {
			const char *sname = top ? e->name : sfmt("%s/%s", name, e->name);
			if (has_dots(w->m->pattern) && !skip_elem(e->name) && tree_can_match(w->m->pattern, sname))
				fprintf(stderr, "goescape: warning: ignoring symlink %s\n", sub);
			continue;
		}
		if (e->kind != K_DIR)
			continue;
		pwalk(w, sub, top ? e->name : sfmt("%s/%s", name, e->name));
	}
}

static void match_packages_gopath(Match *m)
{
	Map have = {0};
	map_put(&have, S("builtin"), (void *)1);
	if (!L.cgo)
		map_put(&have, S("runtime/cgo"), (void *)1);
	bool std = streq(m->pattern, "std"), cmd = streq(m->pattern, "cmd");
	for (int i = -1; i < L.ngopath; i++) {
		if ((std || cmd) && i >= 0)
			break;
		const char *src = i < 0 ? L.gorootsrc : sfmt("%s/src", L.gopath[i]);
		PWalk w = {.m = m, .src = src, .have = &have, .std = std, .cmd = cmd, .meta = std || cmd || streq(m->pattern, "all")};
		if (cmd) {
			/* the walk starts at GOROOT/src/cmd, names relative to src */
			pwalk(&w, sfmt("%s/cmd", src), "cmd");
		} else {
			pwalk(&w, src, "");
		}
	}
	map_free(&have);
}

/* modload's matchPackages: a path/... pattern in module mode, over the
 * standard library and the modules of the build list. */
enum { PRUNE_VENDOR = 1, PRUNE_GOMOD = 2 };

typedef struct MWalk {
	Match *m;
	Map *have;
	const char *root, *prefix;
	int prune;
} MWalk;

static void mwalk(MWalk *w, const char *dir, const char *rel)
{
	bool top = !*rel;
	const char *elem = top ? "" : path_base(dir);
	const char *name = top ? w->prefix : (*w->prefix ? sfmt("%s/%s", w->prefix, rel) : rel);
	if (!(top && !*w->prefix)) {
		bool want = top || !skip_elem(elem);
		if (!tree_can_match(w->m->pattern, name))
			want = false;
		if (!want)
			return;
		if ((w->prune & PRUNE_GOMOD) && !top && is_file(sfmt("%s/go.mod", dir)))
			return;
		Sym *k = S(name);
		if (!map_get(w->have, k)) {
			map_put(w->have, k, (void *)1);
			if (match_pattern(w->m->pattern, name) && scan_dir(dir)->anyfile)
				sl_push(&w->m->pkgs, sdup(name));
		}
		if (streq(elem, "vendor") && (w->prune & PRUNE_VENDOR))
			return;
	}
	DirList *dl = fs_readdir(dir);
	for (int i = 0; i < dl->n; i++) {
		const DirEnt *e = &dl->v[i];
		if (e->kind == K_LINKDIR && has_dots(w->m->pattern) && !skip_elem(e->name))
			fprintf(stderr, "goescape: warning: ignoring symlink %s/%s\n", dir, e->name);
		if (e->kind != K_DIR)
			continue;
		mwalk(w, sfmt("%s/%s", dir, e->name), top ? e->name : sfmt("%s/%s", rel, e->name));
	}
}

/* filepath.Walk does not follow a symbolic link at its root: a walk of
 * a root that is a link finds nothing (Debian's GOROOT/src is one). */
static void mwalk_root(MWalk *w, const char *root)
{
	struct stat st;
	if (lstat(root, &st) != 0 || !S_ISDIR(st.st_mode))
		return;
	mwalk(w, root, "");
}

static int cmp_modpath(const void *a, const void *b)
{
	return strcmp((*(Module *const *)a)->path, (*(Module *const *)b)->path);
}

static void match_packages_module(Match *m)
{
	Map have = {0};
	map_put(&have, S("builtin"), (void *)1);
	if (!L.cgo)
		map_put(&have, S("runtime/cgo"), (void *)1);
	MWalk w = {.m = m, .have = &have};
	w.prefix = "";
	w.prune = PRUNE_GOMOD;
	mwalk_root(&w, L.gorootsrc);
	if (tree_can_match(m->pattern, "cmd")) {
		w.prefix = "cmd";
		mwalk_root(&w, sfmt("%s/cmd", L.gorootsrc));
	}
	if (L.modmode == MOD_VENDOR) {
		w.prefix = L.mains[0]->prefix;
		w.prune = PRUNE_GOMOD | PRUNE_VENDOR;
		mwalk_root(&w, L.mains[0]->dir);
		w.prefix = "";
		w.prune = PRUNE_VENDOR;
		mwalk_root(&w, sfmt("%s/vendor", L.mains[0]->dir));
	} else {
		/* the build list: the main modules, then every selected module */
		PtrVec mods = {0};
		graph_load();
		for (uint32_t i = 0; i < L.graph_selected.cap; i++) {
			Sym *k = L.graph_selected.keys[i];
			if (!k || main_module(k->name))
				continue;
			const char *v = L.graph_selected.vals[i];
			if (streq(v, "none"))
				continue;
			vec_push(&mods, module_get((ModVer){k->name, v}));
		}
		if (mods.len > 1)
			qsort(mods.data, (size_t)mods.len, sizeof *mods.data, cmp_modpath);
		for (int i = -L.nmains; i < mods.len; i++) {
			Module *mod = i < 0 ? L.mains[i + L.nmains] : mods.data[i];
			if (!tree_can_match(m->pattern, mod->path))
				continue;
			bool local;
			const char *err;
			const char *root = module_root(mod, &local, &err);
			if (err) {
				if (!m->err)
					m->err = err;
				continue;
			}
			w.prefix = mod->prefix;
			w.prune = PRUNE_VENDOR | (local ? PRUNE_GOMOD : 0);
			mwalk_root(&w, root);
		}
		vec_free(&mods);
	}
	map_free(&have);
	if (m->pkgs.n > 1)
		qsort(m->pkgs.v, (size_t)m->pkgs.n, sizeof *m->pkgs.v, cmp_cstr);
}

/* search.MatchDirs: the directories a local pattern names. */
typedef struct DWalk {
	Match *m;
	const char *pattern;    /* cleaned, slash form */
	const char *prefix;     /* "./" or "" */
	StrList *dirs;
} DWalk;

static void dwalk(DWalk *w, const char *path, bool top)
{
	const char *elem = path_base(path);
	bool dot = elem[0] == '.' && !streq(elem, ".") && !streq(elem, "..");
	if (dot || elem[0] == '_' || streq(elem, "testdata"))
		return;
	const char *abs = path[0] == '/' ? path : path_join(L.cwd, path);
	if (!top && L.modules && is_file(sfmt("%s/go.mod", abs)))
		return;
	const char *name = sfmt("%s%s", w->prefix, path);
	if (match_pattern(w->pattern, name)) {
		Scan *s = scan_dir(abs);
		if (!(scan_nogo(s) && !s->invalid))
			sl_push(w->dirs, name);
	}
	DirList *dl = fs_readdir(abs);
	for (int i = 0; i < dl->n; i++) {
		if (dl->v[i].kind != K_DIR)
			continue;
		dwalk(w, streq(path, ".") ? dl->v[i].name : path_join(path, dl->v[i].name), false);
	}
}

static void match_dirs(Match *m, StrList *dirs)
{
	if (!has_dots(m->pattern)) {
		sl_push(dirs, m->pattern);
		return;
	}
	const char *clean = path_clean(m->pattern);
	const char *prefix = "";
	if (!streq(clean, ".") && has_prefix(m->pattern, "./")) {
		prefix = "./";
		clean = sfmt("./%s", clean);
	}
	const char *dots = strstr(clean, "...");
	const char *head = sndup(clean, (size_t)(dots - clean));
	const char *slash = strrchr(head, '/');
	const char *dir = slash ? sndup(head, (size_t)(slash - head + 1)) : "";
	const char *root = *dir ? path_clean(dir) : ".";
	if (has_prefix(root, "./"))
		root = root + 2;
	if (!is_dir(root[0] == '/' ? root : path_join(L.cwd, root))) {
		if (!m->err)
			m->err = sfmt("lstat %s: no such file or directory", *dir ? dir : ".");
		return;
	}
	DWalk w = {.m = m, .pattern = clean, .prefix = prefix, .dirs = dirs};
	dwalk(&w, root, true);
}

static const char err_builtin[] = "\"builtin\" is a pseudo-package, not an importable package";
static const char err_gorootsrc[] = "GOROOT/src is not an importable package";

/* modload's resolveLocalPackage: the import path of a directory. */
static const char *resolve_local_package(const char *dir, const char **err, const char **errdir)
{
	const char *abs = dir[0] == '/' ? path_clean(dir) : path_join(L.cwd, dir);
	*err = NULL;
	Scan *s = scan_dir(abs);
	bool bad = s->missing || s->readerr || s->err || scan_nogo(s);
	if (bad && s->ignored.n == 0) {
		if (!is_dir(abs)) {
			*err = sfmt("stat %s: directory not found", abs);
			return NULL;
		}
		if (!s->err && scan_nogo(s)) {
			*err = nogo_message(s);
			*errdir = abs;
			return NULL;
		}
	}
	for (int i = 0; i < L.nmains; i++)
		if (streq(abs, L.mains[i]->dir)) {
			if (streq(abs, L.gorootsrc)) {
				*err = err_gorootsrc;
				return NULL;
			}
			return L.mains[i]->prefix;
		}
	const char *notfound = NULL;
	size_t longest = 0;
	for (int i = 0; i < L.nmains; i++) {
		const char *root = L.mains[i]->dir;
		size_t rl = strlen(root);
		if (!has_prefix(abs, root) || abs[rl] != '/' || strchr(abs + rl, '@'))
			continue;
		const char *suffix = abs + rl;
		if (has_prefix(suffix, "/vendor/")) {
			if (L.modmode != MOD_VENDOR) {
				*err = sfmt("without -mod=vendor, directory %s has no package path", abs);
				return NULL;
			}
			read_vendor_list();
			const char *pkg = suffix + 8;
			if (!map_get(&L.vendor_pkg, S(pkg))) {
				*err = sfmt("directory %s is not a package listed in vendor/modules.txt", abs);
				return NULL;
			}
			return pkg;
		}
		const char *prefix = L.mains[i]->prefix;
		if (!*prefix) {
			if (streq(suffix + 1, "builtin")) {
				*err = err_builtin;
				return NULL;
			}
			return suffix + 1;
		}
		const char *pkg = sfmt("%s%s", prefix, suffix);
		bool have;
		if (dir_in_module(pkg, prefix, root, true, &have) && have)
			return pkg;
		if (strlen(L.mains[i]->path) > longest) {
			longest = strlen(L.mains[i]->path);
			notfound = sfmt("main module (%s) does not contain package %s", L.mains[i]->path, pkg);
		}
	}
	if (notfound) {
		*err = notfound;
		return NULL;
	}
	const char *sub = in_dir(abs, L.gorootsrc);
	if (sub && !streq(sub, ".") && !strchr(sub, '@')) {
		if (streq(sub, "builtin")) {
			*err = err_builtin;
			return NULL;
		}
		return sub;
	}
	/* a directory of a module of the build list */
	for (int pass = 0; pass < 2 && L.nmains > 0; pass++) {
		if (pass == 1)
			graph_load();
		Map *sel = &L.graph_selected;
		int n = pass == 0 ? L.nroots : (int)sel->cap;
		for (int i = 0; i < n; i++) {
			ModVer mv;
			if (pass == 0) {
				mv = L.roots[i];
			} else {
				if (!sel->keys[i])
					continue;
				mv = (ModVer){sel->keys[i]->name, sel->vals[i]};
			}
			Module *mod = module_get(mv);
			const char *rel = in_dir(abs, mod->dir);
			if (!rel || strstr(rel, "/vendor/") || has_prefix(rel, "vendor/") || strchr(rel, '@'))
				continue;
			return streq(rel, ".") ? mod->path : sfmt("%s/%s", mod->path, rel);
		}
	}
	if (L.workfile)
		*err = sfmt("directory %s outside modules listed in go.work or their selected dependencies", short_path(abs));
	else
		*err = sfmt("directory %s outside main module or its selected dependencies", short_path(abs));
	return NULL;
}

/* modload's matchLocalDirs: a dir/... pattern must be within a main
 * module, GOROOT/src or a module of the build list. */
static bool local_prefix_ok(Match *m)
{
	const char *dots = strstr(m->pattern, "...");
	const char *dir = path_dir(path_clean(sndup(m->pattern, (size_t)(dots - m->pattern) + 3)));
	const char *abs = dir[0] == '/' ? dir : path_join(L.cwd, dir);
	const char *modroot = NULL;
	for (const char *d = abs;;) {
		if (is_file(path_join(d, "go.mod"))) {
			modroot = d;
			break;
		}
		const char *up = path_dir(d);
		if (streq(up, d))
			break;
		d = up;
	}
	for (int i = 0; i < L.nmains; i++)
		if (modroot && streq(modroot, L.mains[i]->dir))
			return true;
	if (in_dir(abs, L.gorootsrc))
		return true;
	if (L.nmains > 0) {
		graph_load();
		for (uint32_t i = 0; i < L.graph_selected.cap; i++) {
			Sym *k = L.graph_selected.keys[i];
			if (k && in_dir(abs, module_get((ModVer){k->name, L.graph_selected.vals[i]})->dir))
				return true;
		}
	}
	m->err = sfmt("directory prefix %s does not contain %s", short_path(abs),
		L.workfile ? "modules listed in go.work or their selected dependencies"
		           : "main module or its selected dependencies");
	return false;
}

/* search.CleanPatterns. */
static const char *clean_pattern(const char *a)
{
	if (a[0] == '/')
		return path_clean(a);
	if (has_prefix(a, "./")) {
		const char *c = sfmt("./%s", path_clean(a));
		return streq(c, "./.") ? "." : c;
	}
	if (is_local_import(a))
		return path_clean(a);
	const char *at = strchr(a, '@');
	if (at)
		return sfmt("%s%s", path_clean(sndup(a, (size_t)(at - a))), at);
	return path_clean(a);
}

static void match_pattern_arg(Match *m)
{
	const char *p = m->pattern;
	m->local = is_local_import(p) || p[0] == '/';
	m->literal = !has_dots(p) && !is_meta(p);
	if (streq(p, "all") && L.modules)
		die("pattern \"all\" is not supported in module mode; name the packages (for example ./...)");
	if (m->local) {
		if (L.modules && has_dots(p) && !local_prefix_ok(m))
			return;
		StrList dirs = {0};
		match_dirs(m, &dirs);
		for (int i = 0; i < dirs.n; i++) {
			if (L.modules) {
				const char *err, *errdir = NULL;
				const char *pkg = resolve_local_package(dirs.v[i], &err, &errdir);
				if (pkg) {
					sl_push(&m->pkgs, pkg);
				} else if (!m->literal && (err == err_builtin || err == err_gorootsrc)) {
					continue;   /* wildcards skip these quietly */
				} else if (L.nmains == 0) {
					die("go.mod file not found in current directory or any parent directory; see 'go help modules'");
				} else if (!m->err) {
					m->err = err;
					m->errdir = errdir;
				}
			} else {
				const char *abs = dirs.v[i][0] == '/' ? dirs.v[i] : path_join(L.cwd, dirs.v[i]);
				const char *root;
				const char *ip = gopath_import_path(abs, &root);
				sl_push(&m->pkgs, ip ? ip : dirs.v[i]);
			}
		}
		return;
	}
	if (m->literal) {
		sl_push(&m->pkgs, p);
		return;
	}
	if (L.modules && !streq(p, "std") && !streq(p, "cmd"))
		match_packages_module(m);
	else
		match_packages_gopath(m);
}

/* ==================================================================== */
/* The driver                                                            */
/* ==================================================================== */

/* .go files named on the command line: one package,
 * "command-line-arguments" (load's GoFilesPackage). */
static SrcPackage *load_files(char **args, int n)
{
	const char *dir = NULL;
	const char **names = arena_alloc(&sa, (size_t)n * sizeof *names);
	for (int i = 0; i < n; i++) {
		if (!has_suffix(args[i], ".go"))
			die("named files must be .go files: %s", args[i]);
		struct stat st;
		if (stat(args[i], &st) != 0)
			die("stat %s: %s", args[i], errstr(errno));
		if (S_ISDIR(st.st_mode))
			die("%s is a directory, should be a Go file", args[i]);
		const char *d = path_dir(args[i]);
		if (!dir)
			dir = d;
		else if (!streq(dir, d))
			die("named files must all be in one directory; have %s and %s", dir, d);
		names[i] = path_base(args[i]);
	}
	const char *abs = dir[0] == '/' ? dir : path_join(L.cwd, dir);
	SrcPackage *p = new_package("command-line-arguments");
	p->cmdline = true;
	p->dir = abs;
	PI(p)->local = true;
	if (L.modules) {
		for (int i = 0; i < L.nmains; i++)
			if (in_dir(abs, L.mains[i]->dir))
				p->module = L.mains[i];
	} else {
		PI(p)->root = NULL;
		const char *root;
		if (gopath_import_path(abs, &root))
			PI(p)->root = root;
	}
	map_put(&L.pkgcache, S(p->path), p);
	load_scanned(p, p->path, scan_dir_files(abs, names, n), NULL);
	finish(p);
	return p;
}

void load_format_error(const LoadError *e, char *buf, size_t n)
{
	if (*e->pos && (e->nstack == 0 || !e->always_stack)) {
		snprintf(buf, n, "%s: %s", e->pos, e->msg);
		return;
	}
	if (e->nstack == 0) {
		snprintf(buf, n, "%s", e->msg);
		return;
	}
	Buf b = {0};
	buf_puts(&b, "package ");
	for (int i = 0; i < e->nstack; i++) {
		if (i)
			buf_puts(&b, " imports ");
		buf_puts(&b, e->stack[i]);
	}
	if (*e->pos)
		buf_printf(&b, " %s", e->pos);
	buf_printf(&b, ": %s", e->msg);
	snprintf(buf, n, "%s", b.p);
	free(b.p);
}

static void print_error(const LoadError *e, PtrVec *printed)
{
	for (int i = 0; i < printed->len; i++)
		if (printed->data[i] == e)
			return;
	vec_push(printed, (void *)e);
	char buf[8192];
	load_format_error(e, buf, sizeof buf);
	fflush(stdout);
	fprintf(stderr, "goescape: %s\n", buf);
	L.nerrors++;
}

/* load's CheckPackageErrors: the errors of the roots and of their
 * dependencies, each once. */
static void print_errors(Program *prog)
{
	PtrVec printed = {0};
	for (int i = 0; i < prog->nroots; i++) {
		SrcPackage *p = prog->roots[i];
		if (p->error)
			print_error(p->error, &printed);
		for (int j = 0; j < p->ndeps; j++)
			if (PI(p)->deperrs && PI(p)->deperrs[j])
				print_error(PI(p)->deperrs[j], &printed);
	}
	vec_free(&printed);
}

static void load_reset(void)
{
	map_free(&dircache);
	map_free(&kindcache);
	map_free(&L.graph_selected);
	map_free(&L.modules_by_key);
	map_free(&L.modsum);
	map_free(&L.vendor_pkg);
	map_free(&L.vendor_ver);
	map_free(&L.pkgcache);
	map_free(&L.scancache);
	vec_free(&L.order);
	vec_free(&L.stack);
	map_free(&vendor_meta);
	vec_free(&vendor_list);
	vec_free(&vendor_replaced);
	memset(&L, 0, sizeof L);
}


/* ==================================================================== */
/* cgo's output in place of the cgo files (LoadConfig.run_cgo)           */
/* ==================================================================== */

/* go/build's splitQuoted: fields separated by spaces, ' and " quoting,
 * backslash escaping the next character; false when a quote is left
 * open or a backslash ends the text. */
static bool split_quoted(const char *s, const char *end, StrList *out)
{
	Buf b = {0};
	bool have = false, ok = true;
	char quote = 0, esc = 0;
	for (; s < end; s++) {
		char c = *s;
		if (esc) {
			esc = 0;
			buf_putc(&b, c);
			have = true;
		} else if (c == '\\') {
			esc = 1;
		} else if (quote) {
			if (c == quote)
				quote = 0;
			else
				buf_putc(&b, c);
		} else if (c == '"' || c == '\'') {
			quote = c;
			have = true;
		} else if (is_space((unsigned char)c)) {
			if (have)
				sl_push(out, sndup(b.p ? b.p : "", b.n));
			b.n = 0;
			have = false;
		} else {
			buf_putc(&b, c);
			have = true;
		}
	}
	if (quote || esc)
		ok = false;
	else if (have)
		sl_push(out, sndup(b.p ? b.p : "", b.n));
	free(b.p);
	return ok;
}

/* cmd/internal/quoted.Split: space-separated fields, a field may be
 * wholly quoted by ' or " (no escapes). */
static void split_env_flags(const char *s, StrList *out)
{
	while (*s) {
		while (*s && is_space((unsigned char)*s))
			s++;
		if (!*s)
			break;
		if (*s == '"' || *s == '\'') {
			char q = *s++;
			const char *e = strchr(s, q);
			if (!e)
				e = s + strlen(s);
			sl_push(out, sndup(s, (size_t)(e - s)));
			s = *e ? e + 1 : e;
			continue;
		}
		const char *e = s;
		while (*e && !is_space((unsigned char)*e))
			e++;
		sl_push(out, sndup(s, (size_t)(e - s)));
		s = e;
	}
}

/* cmd/go's envList: $KEY (or the go env file), else def, split. */
static void env_flags(const char *key, const char *def, StrList *out)
{
	const char *v = go_getenv(key);
	split_env_flags(*v ? v : def, out);
}

/* The #cgo directives of a package's cgo files, as go/build's saveCgo
 * reads them from the comment above import "C": the lines of the text
 * before the import (a //-comment's marker taken off) that start with
 * "#cgo" and a blank; [COND...] VERB: ARGS, kept when a COND holds (as
 * a // +build term) or there is none; ${SRCDIR} expanded, and relative
 * -I and -L paths made absolute for the flag lists.  verbs: CPPFLAGS,
 * CFLAGS, LDFLAGS, pkg-config (in that order in lists[]); false with
 * *err for a malformed line. */
static bool cgo_directives(const SrcPackage *p, StrList lists[4], const char **err)
{
	static const char *const verbs[] = {"CPPFLAGS", "CFLAGS", "LDFLAGS", "pkg-config"};
	for (int f = 0; f < p->ncgofiles; f++) {
		const char *full = sfmt("%s/%s", p->dir, p->cgofiles[f]);
		size_t size;
		char *data = util_read_file(full, &size);
		if (!data) {
			*err = sfmt("open %s: %s", full, errstr(errno));
			return false;
		}
		/* the text before import "C" */
		const char *end = data + size;
		for (const char *q = data; q + 6 <= data + size && end == data + size; q++) {
			if (memcmp(q, "import", 6) != 0 || (q > data && q[-1] != '\n'))
				continue;
			const char *r = q + 6;
			while (r < data + size && (*r == ' ' || *r == '\t'))
				r++;
			if (r > q + 6 && data + size - r >= 3 && memcmp(r, "\"C\"", 3) == 0)
				end = q;
		}
		for (const char *line = data; line < end;) {
			const char *nl = memchr(line, '\n', (size_t)(end - line));
			const char *le = nl ? nl : end;
			const char *t = line;
			line = nl ? nl + 1 : end;
			while (t < le && is_space((unsigned char)*t))
				t++;
			if (le - t >= 2 && t[0] == '/' && t[1] == '/')
				t += 2;
			while (t < le && is_space((unsigned char)*t))
				t++;
			const char *te = le;
			while (te > t && is_space((unsigned char)te[-1]))
				te--;
			if (te - t < 5 || memcmp(t, "#cgo", 4) != 0 || (t[4] != ' ' && t[4] != '\t'))
				continue;
			const char *colon = memchr(t, ':', (size_t)(te - t));
			if (!colon) {
				*err = sfmt("%s: invalid #cgo line: %.*s", full, (int)(te - t), t);
				free(data);
				return false;
			}
			/* the fields before the colon: conditions, then the verb */
			StrList fl = {0};
			split_env_flags(sndup(t + 4, (size_t)(colon - t - 4)), &fl);
			if (fl.n < 1) {
				*err = sfmt("%s: invalid #cgo line: %.*s", full, (int)(te - t), t);
				free(data);
				return false;
			}
			bool ok = fl.n == 1;
			for (int i = 0; i + 1 < fl.n && !ok; i++) {
				const char *c = fl.v[i];
				if (strpbrk(c, "&|()")) {
					const char *e2;
					ok = eval_go_build(c, c + strlen(c), &e2) && !e2;
				} else {
					ok = eval_plus_build(c, c + strlen(c));
				}
			}
			if (!ok)
				continue;
			const char *verb = fl.v[fl.n - 1];
			StrList args = {0};
			if (!split_quoted(colon + 1, te, &args)) {
				*err = sfmt("%s: invalid #cgo line: %.*s", full, (int)(te - t), t);
				free(data);
				return false;
			}
			int which = -1;
			for (int v = 0; v < 4; v++)
				if (streq(verb, verbs[v]))
					which = v;
			if (which < 0)
				continue;       /* CXXFLAGS, FFLAGS: not cgo's business here */
			for (int i = 0; i < args.n; i++) {
				const char *a = args.v[i];
				const char *sd = strstr(a, "${SRCDIR}");
				if (sd)
					a = sfmt("%.*s%s%s", (int)(sd - a), a, p->dir, sd + 9);
				if (which < 3 && (has_prefix(a, "-I") || has_prefix(a, "-L")) && a[2] && a[2] != '/')
					a = sfmt("%.2s%s/%s", a, p->dir, a + 2);
				else if (which < 3 && (streq(a, "-I") || streq(a, "-L")) && i + 1 < args.n &&
				         args.v[i + 1][0] != '/') {
					sl_push(&lists[which], a);
					a = sfmt("%s/%s", p->dir, args.v[++i]);
				}
				sl_push(&lists[which], a);
			}
		}
		free(data);
	}
	return true;
}

/* Run a command, its standard output returned (NULL when it failed). */
static char *command_output(char **argv)
{
	int fds[2];
	if (pipe(fds) != 0)
		return NULL;
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		return NULL;
	}
	if (pid == 0) {
		dup2(fds[1], 1);
		close(fds[0]);
		close(fds[1]);
		execvp(argv[0], argv);
		_exit(127);
	}
	close(fds[1]);
	Buf b = {0};
	char tmp[4096];
	ssize_t n;
	while ((n = read(fds[0], tmp, sizeof tmp)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		buf_putn(&b, tmp, (size_t)n);
	}
	close(fds[0]);
	int st;
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		free(b.p);
		return NULL;
	}
	char *out = sdup(b.p ? b.p : "");
	free(b.p);
	return out;
}

/* go quoting (strconv.Quote) of a flag, for $CGO_LDFLAGS. */
static const char *flag_quote(const char *s)
{
	Buf b = {0};
	buf_putc(&b, '"');
	for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
		if (*c == '"' || *c == '\\')
			buf_printf(&b, "\\%c", *c);
		else if (*c == '\n')
			buf_puts(&b, "\\n");
		else if (*c == '\t')
			buf_puts(&b, "\\t");
		else if (*c < 0x20 || *c == 0x7f)
			buf_printf(&b, "\\x%02x", *c);
		else
			buf_putc(&b, (char)*c);
	}
	buf_putc(&b, '"');
	const char *r = sdup(b.p);
	free(b.p);
	return r;
}

static const char **sl_array(const StrList *l)
{
	return l->v;
}

/* Run cgo on p's cgo files as the go command's (*Builder).cgo does;
 * false with *why when it could not. */
static bool cgo_package(SrcPackage *p, const char **why)
{
	StrList dir[4] = {{0}};         /* the directives: CPPFLAGS, CFLAGS, LDFLAGS, pkg-config */
	if (!cgo_directives(p, dir, why))
		return false;
	StrList cpp = {0}, cfl = {0}, ld = {0};
	env_flags("CGO_CPPFLAGS", "", &cpp);
	for (int i = 0; i < dir[0].n; i++)
		sl_push(&cpp, dir[0].v[i]);
	env_flags("CGO_CFLAGS", "-g -O2", &cfl);
	for (int i = 0; i < dir[1].n; i++)
		sl_push(&cfl, dir[1].v[i]);
	env_flags("CGO_LDFLAGS", "-g -O2", &ld);
	for (int i = 0; i < dir[2].n; i++)
		sl_push(&ld, dir[2].v[i]);
	if (dir[3].n > 0) {
		/* pkg-config --cflags and --libs, as getPkgConfigFlags */
		const char *pc = go_getenv("PKG_CONFIG");
		if (!*pc)
			pc = "pkg-config";
		for (int pass = 0; pass < 2; pass++) {
			char **argv = arena_alloc(&sa, (size_t)(dir[3].n + 4) * sizeof *argv);
			int n = 0;
			argv[n++] = (char *)pc;
			argv[n++] = pass ? "--libs" : "--cflags";
			argv[n++] = "--";
			for (int i = 0; i < dir[3].n; i++)
				argv[n++] = (char *)dir[3].v[i];
			argv[n] = NULL;
			char *out = command_output(argv);
			if (!out) {
				*why = sfmt("%s %s failed", pc, argv[1]);
				return false;
			}
			StrList *to = pass ? &ld : &cpp;
			if (!split_quoted(out, out + strlen(out), to)) {
				*why = sfmt("%s %s: malformed output", pc, argv[1]);
				return false;
			}
		}
	}
	if (L.instrument && (streq(L.instrument, "msan") || streq(L.instrument, "asan"))) {
		const char *fl = streq(L.instrument, "msan") ? "-fsanitize=memory" : "-fsanitize=address";
		StrList c2 = {0}, l2 = {0};
		sl_push(&c2, fl);
		sl_push(&l2, fl);
		for (int i = 0; i < cfl.n; i++)
			sl_push(&c2, cfl.v[i]);
		for (int i = 0; i < ld.n; i++)
			sl_push(&l2, ld.v[i]);
		cfl = c2;
		ld = l2;
	}
	StrList flags = {0}, env = {0}, files = {0}, extra = {0};
	if (p->standard && streq(p->path, "runtime/cgo"))
		sl_push(&flags, "-import_runtime_cgo=false");
	if (p->standard && (streq(p->path, "runtime/race") || streq(p->path, "runtime/msan") ||
	                    streq(p->path, "runtime/cgo") || streq(p->path, "runtime/asan")))
		sl_push(&flags, "-import_syscall=false");
	sl_push(&env, "TERM=dumb");
	if (ld.n > 0) {
		Buf b = {0};
		for (int i = 0; i < ld.n; i++)
			buf_printf(&b, "%s%s", i ? " " : "", flag_quote(ld.v[i]));
		sl_push(&env, sfmt("CGO_LDFLAGS=%s", b.p));
		free(b.p);
	}
	sl_push(&env, sfmt("GOOS=%s", L.goos));
	sl_push(&env, sfmt("GOARCH=%s", L.goarch));
	sl_push(&env, sfmt("GOROOT=%s", L.goroot));
	const char *cc = go_getenv("CC");
	if (*cc)
		sl_push(&env, sfmt("CC=%s", cc));
	for (int i = 0; i < p->ncgofiles; i++)
		sl_push(&files, sfmt("%s/%s", p->dir, p->cgofiles[i]));
	/* the package's headers count for the key (go's cache hashes them) */
	DIR *d = opendir(p->dir);
	if (d) {
		StrList hs = {0};
		struct dirent *e;
		while ((e = readdir(d)) != NULL)
			if (has_suffix(e->d_name, ".h"))
				sl_push(&hs, sfmt("%s/%s", p->dir, e->d_name));
		closedir(d);
		if (hs.n > 1)
			qsort(hs.v, (size_t)hs.n, sizeof *hs.v, cmp_cstr);
		extra = hs;
	}
	CgoRun r = {
		.tool = cgo_tool_path(&sa, L.goroot),
		.version_file = sfmt("%s/VERSION", L.goroot),
		.cache = cgo_cache_root(&sa),
		.dir = p->dir, .importpath = p->path,
		.flags = sl_array(&flags), .nflags = flags.n,
		.cppflags = sl_array(&cpp), .ncppflags = cpp.n,
		.cflags = sl_array(&cfl), .ncflags = cfl.n,
		.files = sl_array(&files), .nfiles = files.n,
		.env = sl_array(&env), .nenv = env.n,
		.extra = sl_array(&extra), .nextra = extra.n,
	};
	const char *out = cgo_generate(&sa, &r, why);
	if (!out)
		return false;
	/* the files gc is given: the Go files, _cgo_gotypes.go, X.cgo1.go */
	int ngo = 0;
	int cap = p->nfiles + 2;
	Node **nf = arena_alloc(&sa, (size_t)(cap + 1) * sizeof *nf);
	uint32_t *ni = arena_alloc(&sa, (size_t)(cap + 1) * sizeof *ni);
	for (int i = 0; i < p->nfiles; i++) {
		const char *base = path_base(file_get(p->fileids[i])->path);
		bool iscgo = false;
		for (int j = 0; j < p->ncgofiles && !iscgo; j++)
			iscgo = streq(base, p->cgofiles[j]);
		if (iscgo)
			continue;
		ni[ngo] = p->fileids[i];
		nf[ngo++] = NULL;
	}
	ni[ngo] = file_add(sfmt("%s/_cgo_gotypes.go", out), NULL, 0);
	nf[ngo++] = NULL;
	for (int j = 0; j < p->ncgofiles; j++) {
		const char *base = p->cgofiles[j];
		size_t n = strlen(base);
		if (has_suffix(base, ".go"))
			n -= 3;
		ni[ngo] = file_add(sfmt("%s/%.*s.cgo1.go", out, (int)n, base), NULL, 0);
		nf[ngo++] = NULL;
	}
	p->files = nf;
	p->fileids = ni;
	p->nfiles = ngo;
	p->cgodir = out;
	return true;
}

/* LoadConfig.run_cgo: cgo's output for every package with cgo files;
 * one sentence on stderr for those it could not be made for. */
static void cgo_all(Program *prog)
{
	StrList failed = {0};
	const char *first = NULL;
	for (int i = 0; i < prog->npkgs; i++) {
		SrcPackage *p = prog->pkgs[i];
		if (p->ncgofiles == 0 || p->error || p->broken || p->parse_errors)
			continue;
		/* .go files named are go tool compile's, which runs no cgo */
		if (p->cmdline && L.compile_files)
			continue;
		if (!p->parse_pending) {
			/* the trees go: they are parsed from cgo's output */
			arena_free(&p->arena);
			p->parse_pending = true;
		}
		const char *why = NULL;
		if (!cgo_package(p, &why)) {
			sl_push(&failed, p->path);
			if (!first)
				first = why;
		}
	}
	if (failed.n == 0)
		return;
	Buf b = {0};
	for (int i = 0; i < failed.n; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", failed.v[i]);
	fflush(stdout);
	fprintf(stderr, "goescape: cgo could not run (%s), so the cgo files of %s are not analysed, nor what calls into them\n",
	        first ? first : "unknown error", b.p);
	free(b.p);
}

Program *load_packages(const LoadConfig *cfg, char **patterns, int npatterns)
{
	LoadConfig none = {0};
	if (!cfg)
		cfg = &none;
	load_reset();
	env_init(cfg);
	mod_init(cfg);

	Program *prog = arena_alloc(&sa, sizeof *prog);
	PtrVec roots = {0};

	bool files = false;
	for (int i = 0; i < npatterns; i++)
		if (has_suffix(patterns[i], ".go") && fs_stat_kind(patterns[i]) == K_FILE)
			files = true;
	instrument_init(cfg, files && L.compile_files);
	if (files) {
		vec_push(&roots, load_files(patterns, npatterns));
	} else {
		static char *dot[] = {"."};
		if (npatterns == 0) {
			patterns = dot;
			npatterns = 1;
		}
		for (int i = 0; i < npatterns; i++) {
			Match *m = arena_alloc(&sa, sizeof *m);
			m->pattern = clean_pattern(patterns[i]);
			match_pattern_arg(m);
			for (int j = 0; j < m->pkgs.n; j++) {
				SrcPackage *p = load_path(m->pkgs.v[j], NULL, L.cwd, NULL, false);
				bool seen = false;
				for (int k = 0; k < roots.len && !seen; k++)
					seen = roots.data[k] == p;
				if (!seen)
					vec_push(&roots, p);
			}
			if (m->err) {
				/* a package standing for the pattern, carrying the error */
				SrcPackage *p = new_package(m->pattern);
				if (m->errdir)
					p->dir = m->errdir;
				p->error = mkerror(m->literal ? m->err : sfmt("pattern %s: %s", m->pattern, m->err), NULL, NULL);
				p->incomplete = true;
				finish(p);
				vec_push(&roots, p);
			} else if (m->pkgs.n == 0) {
				fprintf(stderr, "goescape: warning: \"%s\" matched no packages\n", m->pattern);
			}
		}
	}

	prog->npkgs = L.order.len;
	prog->pkgs = (SrcPackage **)vec_freeze(&L.order, &sa);
	for (int i = 0; i < prog->npkgs; i++)
		prog->pkgs[i]->index = i;
	prog->nroots = roots.len;
	prog->roots = (SrcPackage **)vec_freeze(&roots, &sa);
	vec_free(&roots);
	if (!L.keep_going)
		print_errors(prog);
	/* no package is compiled when loading failed (go build stops
	 * before gc runs): the parse errors kept for checking are dropped */
	for (int i = 0; L.nerrors && i < prog->npkgs; i++) {
		SrcPackage *p = prog->pkgs[i];
		if (p->parse_diags) {
			diag_put(p->parse_diags);
			p->parse_diags = NULL;
			diag_reset();
		}
	}
	prog->nerrors = L.nerrors;
	prog->nsyntax = L.nsyntax;
	prog->goroot = L.goroot;
	prog->goos = L.goos;
	prog->goarch = L.goarch;
	prog->cgo = L.cgo;
	prog->softfloat = L.softfloat;
	prog->instrument = L.instrument;
	prog->modules = L.modules;
	prog->modroot = L.nmains ? L.mains[0]->dir : NULL;
	if (L.run_cgo && L.cgo && !L.nerrors)
		cgo_all(prog);
	return prog;
}

SrcPackage *load_import(const SrcPackage *from, const char *path)
{
	for (int i = 0; i < from->nimports; i++)
		if (streq(from->imports[i].path, path))
			return from->imports[i].pkg;
	return NULL;
}

/* ==================================================================== */
/* Output: goescape list                                                 */
/* ==================================================================== */

static void put_list(FILE *out, const char *key, const char *const *v, int n)
{
	fputs(key, out);
	for (int i = 0; i < n; i++)
		fprintf(out, " %s", v[i]);
	fputc('\n', out);
}

static void json_str(FILE *out, const char *s)
{
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(out, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", out);
		else if (*p == '\t')
			fputs("\\t", out);
		else if (*p < 0x20 || *p == '<' || *p == '>' || *p == '&')
			fprintf(out, "\\u%04x", *p);
		else
			fputc(*p, out);
	}
	fputc('"', out);
}

static void json_list(FILE *out, const char *key, const char *const *v, int n)
{
	if (n == 0)
		return;
	fprintf(out, ",\n\t\"%s\": [", key);
	for (int i = 0; i < n; i++) {
		fputs("\n\t\t", out);
		json_str(out, v[i]);
		if (i + 1 < n)
			fputc(',', out);
	}
	fputs("\n\t]", out);
}

static void print_json(FILE *out, const SrcPackage *p)
{
	fputs("{\n\t\"Dir\": ", out);
	json_str(out, p->dir);
	fputs(",\n\t\"ImportPath\": ", out);
	json_str(out, p->path);
	fputs(",\n\t\"Name\": ", out);
	json_str(out, p->name);
	if (p->goroot)
		fputs(",\n\t\"Goroot\": true", out);
	if (p->standard)
		fputs(",\n\t\"Standard\": true", out);
	if (p->module) {
		fputs(",\n\t\"Module\": {\n\t\t\"Path\": ", out);
		json_str(out, p->module->path);
		if (*p->module->version) {
			fputs(",\n\t\t\"Version\": ", out);
			json_str(out, p->module->version);
		}
		if (p->module->main)
			fputs(",\n\t\t\"Main\": true", out);
		if (*p->module->goversion) {
			fputs(",\n\t\t\"GoVersion\": ", out);
			json_str(out, p->module->goversion);
		}
		fputs("\n\t}", out);
	}
	json_list(out, "GoFiles", p->gofiles, p->ngofiles);
	json_list(out, "CgoFiles", p->cgofiles, p->ncgofiles);
	json_list(out, "IgnoredGoFiles", p->ignored, p->nignored);
	const char **v = xmalloc((size_t)(p->nimports + p->ndeps + 1) * sizeof *v);
	for (int i = 0; i < p->nlisted; i++)
		v[i] = p->imports[i].resolved;
	json_list(out, "Imports", v, p->nlisted);
	for (int i = 0; i < p->ndeps; i++)
		v[i] = p->deps[i]->path;
	json_list(out, "Deps", v, p->ndeps);
	free(v);
	if (p->incomplete)
		fputs(",\n\t\"Incomplete\": true", out);
	if (p->error) {
		char buf[8192];
		fputs(",\n\t\"Error\": {\n\t\t\"Err\": ", out);
		json_str(out, p->error->msg);
		load_format_error(p->error, buf, sizeof buf);
		fputs(",\n\t\t\"Text\": ", out);
		json_str(out, buf);
		fputs("\n\t}", out);
	}
	fputs("\n}\n", out);
}

/* The canonical text form (tests/tools/golist prints the same from go
 * list -json):
 *   == IMPORTPATH
 *   Dir DIR
 *   Name NAME
 *   GoFiles F...
 *   IgnoredGoFiles F...
 * and with deps also CgoFiles, Imports and Deps; an "Error MSG" line for
 * a package with an error. */
static void print_text(FILE *out, const SrcPackage *p, bool deps)
{
	fprintf(out, "== %s\nDir %s\nName %s\n", p->path, p->dir, p->name);
	put_list(out, "GoFiles", p->gofiles, p->ngofiles);
	put_list(out, "IgnoredGoFiles", p->ignored, p->nignored);
	if (deps) {
		const char **v = xmalloc((size_t)(p->nimports + p->ndeps + 1) * sizeof *v);
		put_list(out, "CgoFiles", p->cgofiles, p->ncgofiles);
		for (int i = 0; i < p->nlisted; i++)
			v[i] = p->imports[i].resolved;
		put_list(out, "Imports", v, p->nlisted);
		for (int i = 0; i < p->ndeps; i++)
			v[i] = p->deps[i]->path;
		put_list(out, "Deps", v, p->ndeps);
		free(v);
	}
	if (p->error)
		fprintf(out, "Error %s\n", p->error->msg);
}

/* go list -deps's order (load's PackageList): depth first from the
 * roots, each package after its imports.  An import that is not allowed
 * (internal, a program, ...) stands for a copy of the package carrying
 * that error, listed where the import is met; the go command lists those
 * copies too, so we do. */
typedef struct ListEnt {
	const SrcPackage *p;
	const LoadError *err;   /* a copy with this error */
} ListEnt;

typedef struct ListState {
	char *seen;             /* by package index */
	ListEnt *v;
	int n, cap;
} ListState;

static void list_add(ListState *st, const SrcPackage *p, const LoadError *err)
{
	if (st->n == st->cap) {
		st->cap = st->cap ? 2 * st->cap : 256;
		st->v = xrealloc(st->v, (size_t)st->cap * sizeof *st->v);
	}
	st->v[st->n++] = (ListEnt){p, err};
}

static void list_visit(ListState *st, const SrcPackage *p, const PkgImport *edge, PtrVec *copies)
{
	if (!edge) {
		if (st->seen[p->index])
			return;
		st->seen[p->index] = 1;
	} else {
		for (int i = 0; i < copies->len; i++)
			if (copies->data[i] == edge)
				return;
		vec_push(copies, (void *)edge);
	}
	for (int i = 0; i < p->nimports && !(edge && edge->error->early); i++) {
		const PkgImport *imp = &p->imports[i];
		if (imp->pkg)
			list_visit(st, imp->pkg, imp->error ? imp : NULL, copies);
	}
	list_add(st, p, edge ? edge->error : NULL);
}

void load_print(FILE *out, const Program *prog, int flags)
{
	bool deps = flags & LIST_DEPS;
	ListState st = {0};
	PtrVec copies = {0};
	if (deps) {
		st.seen = xmalloc((size_t)prog->npkgs + 1);
		memset(st.seen, 0, (size_t)prog->npkgs + 1);
		for (int i = 0; i < prog->nroots; i++)
			list_visit(&st, prog->roots[i], NULL, &copies);
		free(st.seen);
	} else {
		for (int i = 0; i < prog->nroots; i++)
			list_add(&st, prog->roots[i], NULL);
	}
	for (int i = 0; i < st.n; i++) {
		SrcPackage copy = *st.v[i].p;
		if (st.v[i].err) {
			copy.error = (LoadError *)st.v[i].err;
			copy.incomplete = true;
			if (st.v[i].err->early)
				copy.ndeps = 0;
		}
		if (flags & LIST_JSON)
			print_json(out, &copy);
		else
			print_text(out, &copy, deps);
	}
	free(st.v);
	vec_free(&copies);
}
