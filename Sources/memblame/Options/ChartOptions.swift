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

    @Option(help: "Total width in columns (default: the terminal's, else COLUMNS, else 100).") var width: Int?
    @Option(help: "Total height in lines, title and legend included.") var height: Int = ChartStyle.defaultHeight
    @Flag(help: "Plain ASCII characters only.") var ascii = false
    @Flag(help: "Braille dots: twice the columns and four times the rows.") var braille = false
    @Option(help: "Colour: auto (only on a terminal and when NO_COLOR is unset), always or never.") var color: ColorMode = .auto

    func validate() throws {
        if let width, width < 24 { throw ValidationError("--width must be at least 24 columns; found \(width)") }
        if height < 8 { throw ValidationError("--height must be at least 8 lines; found \(height)") }
        if ascii && braille { throw ValidationError("--ascii and --braille cannot be combined (braille needs Unicode)") }
    }

    /// The style these flags ask for, sized to the terminal.
    func style() -> ChartStyle {
        ChartStyle(width: width ?? TerminalSize.columns(), height: height, charset: ascii ? .ascii : .unicode,
                   color: useColor, resolution: braille ? .braille : .envelope)
    }

    /// The same size without colour, for text that is pasted elsewhere (Markdown).
    func plainStyle() -> ChartStyle {
        var style = style()
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
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(text), n > 0 { return n }
        return 100
    }
}
