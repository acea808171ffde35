import Testing
import MemBlameKit

/// `memblame --db X series` means `memblame series --db X`: the command line is normalised before parsing.
@Suite struct GlobalArgumentsTests {
    @Test func normaliserMovesOnlyLeadingGlobalOptions() {
        let leaf = GlobalArguments.CommandTree()
        let tree = GlobalArguments.CommandTree(["series": leaf, "deploys": leaf, "query": leaf,
                                                "import": GlobalArguments.CommandTree(["metrics": leaf, "deploys": leaf]),
                                                "heap": GlobalArguments.CommandTree(["diff": leaf, "summary": leaf])])
        #expect(GlobalArguments.normalise(["--db", "x", "series"], tree: tree) == ["series", "--db", "x"])
        #expect(GlobalArguments.normalise(["--db=x", "heap", "diff", "a", "b", "c"], tree: tree) == ["heap", "diff", "--db=x", "a", "b", "c"])
        #expect(GlobalArguments.normalise(["import", "--db", "x", "metrics", "--db", "y"], tree: tree) == ["import", "metrics", "--db", "x", "--db", "y"])
        #expect(GlobalArguments.normalise(["--db", "x"], tree: tree) == ["--db", "x"])
        #expect(GlobalArguments.normalise(["--db"], tree: tree) == ["--db"])
        #expect(GlobalArguments.normalise(["--db", "x", "--help", "series"], tree: tree) == ["--db", "x", "--help", "series"])
        #expect(GlobalArguments.normalise(["query", "series", "--db", "x"], tree: tree) == ["query", "series", "--db", "x"])
        // A value that happens to be a command name stays the option's value.
        #expect(GlobalArguments.normalise(["--db", "series", "deploys"], tree: tree) == ["deploys", "--db", "series"])
    }
}
