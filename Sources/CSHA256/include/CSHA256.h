#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Whether this CPU has the SHA extensions (x86-64 SHA-NI) that `kz_sha256_compress` needs.
int kz_sha256_accelerated(void);

/// SHA-256's 64 round constants (FIPS 180-4, 4.2.2), shared with the portable Swift code.
const uint32_t *kz_sha256_round_constants(void);

/// Runs SHA-256 compression over `blocks` 64-byte blocks at `data` into `state` (H0..H7).
/// Call only when `kz_sha256_accelerated()` is 1.
void kz_sha256_compress(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
