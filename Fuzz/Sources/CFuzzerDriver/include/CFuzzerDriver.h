#include <stddef.h>
#include <stdint.h>
// Exported by libclang_rt.fuzzer (LLVM >= 11): lets a program with its own main() run libFuzzer.
// SwiftPM renames an executable's entry point, so libFuzzer's own main() cannot be used.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
