import CFuzzerDriver
import Foundation
import MemBlameKit

/// `memblame-fuzz`: libFuzzer over one importer entry point, chosen by `FUZZ_FORMAT` (a metric or
/// deploy format name, `timestamp`, `csvline` or `import`); every other argument goes to libFuzzer.
/// `FUZZ_FORMAT=list` prints the target names. A defect (an error that is not a located
/// `MemBlameError`) traps, so libFuzzer records the input like any crash.
@main
struct FuzzMain {
    nonisolated(unsafe) static var target: ImporterProbe.Target!

    static func main() {
        let name = ProcessInfo.processInfo.environment["FUZZ_FORMAT"] ?? "list"
        if name == "list" {
            print(ImporterProbe.targets.map(\.name).joined(separator: "\n"))
            exit(0)
        }
        guard let chosen = ImporterProbe.target(named: name) else {
            FileHandle.standardError.write(Data("unknown FUZZ_FORMAT '\(name)'; known: \(ImporterProbe.targets.map(\.name).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        target = chosen
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let rc = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            let bytes = size == 0 ? Data() : Data(bytes: data!, count: size)
            if case .defect(let message) = ImporterProbe.run(FuzzMain.target, bytes) {
                fatalError("defect: \(message)")
            }
            return 0
        }
        exit(rc)
    }
}
