/**
 * Settings that bound the memory of the build's processes. Each was measured on a build of 10,000 synthetic sources
 * on two cores (`npm run bench`), and each is checked against the installed program by
 * tests/unit/build-memory-settings.test.ts, so an upgrade that stops reading one is noticed.
 */

/**
 * Environment of Astro's process. Astro's bundler (Rolldown) allocates through mimalloc, which by default keeps memory
 * it has freed for a while before returning it; the bundler is done long before the pages are written, so its memory
 * may go back at once.
 */
export const ASTRO_ENV = { MIMALLOC_PURGE_DELAY: '0' };

/**
 * Node flags for Astro's process. V8 lets a large heap grow well past what is live before it collects: Astro held
 * about 0.87 GB of live objects while writing the pages of 10,000 sources, in a heap that grew to 1.47 GB, and its
 * process peaked at 3.73 GB in a full build. Collecting once the heap has grown by a quarter over what was live
 * brought the peak to 2.77 GB. NODE_OPTIONS does not accept this flag, so it goes on the command line.
 */
export const ASTRO_NODE_FLAGS: readonly string[] = ['--heap-growing-percent=25'];

/**
 * Node flags of the social-card drawer (card-drawer.ts), which runs beside Astro's process while Astro writes the
 * pages. Its live objects stay small however many cards it draws, but V8 let its heap grow to 117 MB of garbage
 * before collecting it; capped, the garbage is collected while the heap is small, whatever the size of the review.
 * A young generation of 1 MB was collected so often that the collector took about a quarter of the drawer's time,
 * so it has 8 MB. Drawing the 1,062 cards of 1,000 sources with Skia, on its own: 4.3 to 4.5 s of CPU time and
 * 147 to 159 MB at most, with or without these flags and with any number of glibc arenas (it draws on one thread).
 */
export const CARD_DRAWER_NODE_FLAGS: readonly string[] = ['--max-old-space-size=64', '--max-semi-space-size=8'];

/** The variable through which Pagefind's binary, built with a prefixed jemalloc, reads its allocator's options. */
export const PAGEFIND_MALLOC_CONF_VARIABLE = '_RJEM_MALLOC_CONF';

/**
 * jemalloc options for Pagefind's process. Pagefind frees and allocates gigabytes while it turns 10,000 pages into an
 * index; with jemalloc's defaults (freed memory kept for ten seconds, freed blocks cached per thread) its process
 * peaked at 3.13 GB, and the index step took 144 s. Keeping freed memory for one second and caching no blocks per
 * thread: 2.71 GB in 153 s. Handing freed memory back at once as well: 2.67 GB, but in 266 s.
 */
export const PAGEFIND_MALLOC_CONF = 'dirty_decay_ms:1000,muzzy_decay_ms:0,tcache:false';
