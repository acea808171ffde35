import ArgumentParser
import Foundation
import MemBlameKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The chart flags `chart` and `report` share: size, character set, resolution and colour.
struct ChartOptions: ParsableArguments {
    enum ColorMode: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @Option(help: ArgumentHelp("Total width in columns, 24 to 1000 (default: the terminal's, else COLUMNS, else 100).", valueName: "columns"))
    var width: String?
    @Option(help: ArgumentHelp("Total height in lines, title and legend included (8 to 500).", valueName: "lines"))
    var height: String = String(ChartStyle.defaultHeight)
    @Flag(help: "Plain ASCII characters only.") var ascii = false
    @Flag(help: "Braille dots: twice the columns and four times the rows.") var braille = false
    @Option(help: "Colour: auto (only on a terminal and when NO_COLOR is unset), always or never.") var color: ColorMode = .auto

    func validate() throws {
        if ascii && braille { throw ValidationError("--ascii and --braille cannot be combined (braille needs Unicode)") }
    }

    /// The style these flags ask for, sized to the terminal; `--width`/`--height` range-checked (one-line usage error).
    func style() throws -> ChartStyle {
        ChartStyle(width: try width.map { try OptionValues.width($0) } ?? TerminalSize.columns(), height: try OptionValues.height(height),
                   charset: ascii ? .ascii : .unicode, color: useColor, resolution: braille ? .braille : .envelope)
    }

    /// The same size without colour, for text that is pasted elsewhere (Markdown).
    func plainStyle() throws -> ChartStyle {
        var style = try style()
        style.color = false
        return style
    }

    private var useColor: Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto: return ChartStyle.colorAllowed(isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
        }
    }
}

/// The terminal's width: the tty's own (TIOCGWINSZ) when stdout is one, else `COLUMNS`, else 100.
enum TerminalSize {
    static func columns() -> Int {
        if isatty(STDOUT_FILENO) == 1 {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return min(Int(size.ws_col), OptionValues.widthRange.upperBound) }
        }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(text), n > 0 {
            return min(max(n, OptionValues.widthRange.lowerBound), OptionValues.widthRange.upperBound)
        }
        return 100
    }
}
