/*
 * irgen.h — building gc's IR from the checked syntax tree (irgen.c) and
 * the -m driver (main.c).  docs/escape-design.md §5.3.
 */
#ifndef IRGEN_H
#define IRGEN_H

#include "goescape.h"
#include "load.h"
#include "check.h"
#include "ir.h"
#include "escape.h"

/* What irgen made of one package. */
typedef struct IrgenResult {
	IrFunc **decls;         /* gc's Target.Decls (functions), malloc'd */
	int ndecls;
	PtrVec wrappers;        /* IrFunc*: method wrappers, analysed last */
	PtrVec inl_wrappers;    /* IrFunc*: the wrappers whose calls gc may
				 * inline (a method's, not a tail call) */
	PtrVec inl_targets;     /* IrFunc*: the method each of them calls */
	PtrVec skipped;         /* malloc'd "POS: NAME: skipped (why)" lines */
	int nskipped;           /* functions (and initializers) not built */
	int nwrappers_skipped;
	PtrVec funcs;           /* pairs: Object*, IrFunc*: the package's
				 * functions and methods that were built (what
				 * importers can name), for its summary */
	PtrVec shapes;          /* pairs: Object*, IrFunc*: the shape
				 * instantiations built (their generic
				 * function or method), for the summary */
	PtrVec abi_wrappers;    /* IrFunc*: ssagen's ABI wrappers */
	int nearly;             /* wrappers[0..nearly): made before escape
				 * analysis (staticinit's itabs) */
	struct Irgen *gen;      /* irgen's state, for the wrappers made
				 * after escape analysis */
} IrgenResult;

/* Build the IR of the checked package pkg (the files of sp) into ir;
 * goroot names other packages' GOROOT files as gc prints them.  The
 * devirtualization lines (-m) go to out.  With inl, gc's inliner runs
 * between dead-code elimination and devirtualization (its lines go to
 * out too). */
void irgen_package(IrCtx *ir, SrcPackage *sp, Package *pkg, const char *goroot, int lower_m, bool inl,
		   Report *out, IrgenResult *res);
void irgen_result_free(IrgenResult *r);

/* After escape analysis, the method wrappers gc makes while writing
 * runtime type information (reflectdata), appended to res->wrappers in
 * the order gc makes them: irgen_itab for an itab walk asks for (a
 * concrete type converted to, or asserted from, a non-empty interface:
 * writeITab), irgen_runtime_types for dumpdata's WriteRuntimeTypes. */
void irgen_itab(IrgenResult *res, Type *typ, Type *iface);
/* NeedRuntimeType: t is written by the next irgen_runtime_types, which
 * returns false when it had nothing left to write. */
void irgen_need(IrgenResult *res, Type *t);
bool irgen_runtime_types(IrgenResult *res);

/* symabis.c: the text symbols the package's assembly files define and
 * reference (go tool asm -gensymabis), by full linker name
 * ("path.name"); abi 0 is ABI0, 1 ABIInternal. */
typedef struct AsmSym {
	char *name;
	int abi;
} AsmSym;
typedef struct AsmSyms {
	const char *path;       /* the package's path (gc's -p) */
	AsmSym *defs, *refs;
	int ndefs, nrefs, capdefs, caprefs;
} AsmSyms;
void asm_syms_read(AsmSyms *s, const SrcPackage *sp, const char *goos, const char *goarch);
int asm_syms_def(const AsmSyms *s, const char *name);   /* its ABI, -1 if none */
bool asm_syms_ref(const AsmSyms *s, const char *name, int abi);
void asm_syms_free(AsmSyms *s);

/* ssagen.GenABIWrappers: the ABI wrappers of the package's functions
 * (an assembly function called from Go, a Go function called from
 * assembly or named by a //go:linkname), in res->abi_wrappers, in
 * Target.Decls order; escape-analysed after the early wrappers. */
void irgen_abi_wrappers(IrgenResult *res, const AsmSyms *syms);

/* gc's back end as far as -m goes, after escape analysis of res->decls:
 * the early wrappers' escape analysis, then the compile loop (walk of
 * every function, with its -m lines and the wrappers its itabs make,
 * each inlined into and escape-analysed when made, then walked too),
 * then dumpdata's runtime types and their wrappers, walked in turn
 * (backend.c). */
void backend_package(IrCtx *ir, IrgenResult *res, int lower_m, bool inl, bool smallframes, Report *out);

/* goescape -m [-m=2|-m -m] -l [-smallframes] [-stats] PATTERN... */
int irgen_main(int argc, char **argv);

#endif
