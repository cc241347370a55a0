import Foundation
import Testing
import StanceKit

/// Finding `Lexicons/` and `Models/stance.json`: flags first, then STANCE_HOME,
/// then upward from the working directory, then upward from the executable;
/// the not-found error lists every place searched. Uses temporary folders.
@Suite("Resource locator")
struct ResourceLocatorTests {
    /// A temporary folder tree, removed afterwards.
    struct Tree {
        let root: URL

        init() throws {
            // Resolve symlinks so paths compare equal to the locator's standardized ones.
            let base = FileManager.default.temporaryDirectory.resolvingSymlinksInPath()
            root = base.appendingPathComponent("locator-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }

        func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

        /// Makes `relative` a project folder: `Lexicons/cues/` and `Models/stance.json`.
        @discardableResult
        func project(_ relative: String, lexicons: Bool = true, model: Bool = true) throws -> URL {
            let dir = relative.isEmpty ? root : url(relative)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            if lexicons {
                try FileManager.default.createDirectory(at: dir.appendingPathComponent("Lexicons/cues"), withIntermediateDirectories: true)
            }
            if model {
                try FileManager.default.createDirectory(at: dir.appendingPathComponent("Models"), withIntermediateDirectories: true)
                try Data("{}".utf8).write(to: dir.appendingPathComponent("Models/stance.json"))
            }
            return dir
        }

        func folder(_ relative: String) throws -> URL {
            try FileManager.default.createDirectory(at: url(relative), withIntermediateDirectories: true)
            return url(relative)
        }
    }

    @Test func flagsWin() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let home = try tree.project("home")
        let wd = try tree.project("wd")
        let custom = try tree.folder("custom-lexicons")
        try Data("{}".utf8).write(to: tree.url("custom.json"))
        let locator = ResourceLocator(lexicons: custom.path, model: tree.url("custom.json").path,
                                      environment: ["STANCE_HOME": home.path], workingDirectory: wd, executable: nil)
        let found = try locator.locate()
        #expect(found.lexicons.path == custom.path)
        #expect(found.model.path == tree.url("custom.json").path)
    }

    @Test func relativeFlagsAreResolvedAgainstTheWorkingDirectory() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let wd = try tree.folder("wd")
        _ = try tree.folder("wd/my-lexicons")
        try Data("{}".utf8).write(to: tree.url("wd/m.json"))
        let locator = ResourceLocator(lexicons: "my-lexicons", model: "./m.json", environment: [:], workingDirectory: wd, executable: nil)
        let found = try locator.locate()
        #expect(found.lexicons.path == tree.url("wd/my-lexicons").path)
        #expect(found.model.path == tree.url("wd/m.json").path)
    }

    @Test func aFlagToAMissingPlaceIsNotFoundWithoutSearching() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let wd = try tree.project("wd")
        let locator = ResourceLocator(lexicons: tree.url("nope").path, model: tree.url("nope.json").path,
                                      environment: [:], workingDirectory: wd, executable: nil)
        #expect {
            try locator.locateLexicons()
        } throws: { error in
            guard let e = error as? ResourceLocator.NotFound else { return false }
            return e.searched == ["\(tree.url("nope").path) (--lexicons)"]
        }
        #expect {
            try locator.locateModel()
        } throws: { error in
            guard let e = error as? ResourceLocator.NotFound else { return false }
            return e.searched == ["\(tree.url("nope.json").path) (--model)"]
        }
        // A lexicons flag naming a file, not a folder.
        try Data().write(to: tree.url("file"))
        let fileFlag = ResourceLocator(lexicons: tree.url("file").path, model: nil, environment: [:], workingDirectory: wd, executable: nil)
        #expect(throws: ResourceLocator.NotFound.self) { try fileFlag.locateLexicons() }
    }

    @Test func stanceHomeComesBeforeTheWorkingDirectory() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let home = try tree.project("home")
        let wd = try tree.project("wd")
        let found = try ResourceLocator(environment: ["STANCE_HOME": home.path], workingDirectory: wd, executable: nil).locate()
        #expect(found.lexicons.path == home.appendingPathComponent("Lexicons").path)
        #expect(found.model.path == home.appendingPathComponent("Models/stance.json").path)
        // A relative STANCE_HOME is taken from the working directory (here a URL without
        // a trailing slash: the folder itself, not its parent, is the base).
        let relative = try ResourceLocator(environment: ["STANCE_HOME": "../home"], workingDirectory: wd, executable: nil).locate()
        #expect(relative.lexicons.path == home.appendingPathComponent("Lexicons").path)
    }

    @Test func anEmptyStanceHomeIsIgnored() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let wd = try tree.project("wd")
        let found = try ResourceLocator(environment: ["STANCE_HOME": ""], workingDirectory: wd, executable: nil).locate()
        #expect(found.lexicons.path == wd.appendingPathComponent("Lexicons").path)
    }

    @Test func searchesUpwardFromTheWorkingDirectory() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let project = try tree.project("project")
        let deep = try tree.folder("project/Sources/a/b")
        let found = try ResourceLocator(environment: [:], workingDirectory: deep, executable: nil).locate()
        #expect(found.lexicons.path == project.appendingPathComponent("Lexicons").path)
        #expect(found.model.path == project.appendingPathComponent("Models/stance.json").path)
    }

    @Test func theNearestFolderWins() throws {
        let tree = try Tree()
        defer { tree.remove() }
        try tree.project("outer")
        let inner = try tree.project("outer/inner")
        let deep = try tree.folder("outer/inner/x")
        let found = try ResourceLocator(environment: [:], workingDirectory: deep, executable: nil).locate()
        #expect(found.lexicons.path == inner.appendingPathComponent("Lexicons").path)
    }

    @Test func aLexiconsFolderWithoutCuesIsSkipped() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let outer = try tree.project("outer")
        _ = try tree.folder("outer/inner/Lexicons")  // not a lexicon folder: no cues/
        let deep = try tree.folder("outer/inner/x")
        let found = try ResourceLocator(environment: [:], workingDirectory: deep, executable: nil).locateLexicons()
        #expect(found.path == outer.appendingPathComponent("Lexicons").path)
    }

    @Test func lexiconsAndModelMayBeFoundInDifferentPlaces() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let outer = try tree.project("outer", lexicons: true, model: false)
        let inner = try tree.project("outer/inner", lexicons: false, model: true)
        let found = try ResourceLocator(environment: [:], workingDirectory: inner, executable: nil).locate()
        #expect(found.lexicons.path == outer.appendingPathComponent("Lexicons").path)
        #expect(found.model.path == inner.appendingPathComponent("Models/stance.json").path)
    }

    @Test func searchesUpwardFromTheExecutable() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let install = try tree.project("install")
        let wd = try tree.folder("elsewhere")
        let executable = tree.url("install/.build/release/stance")
        let found = try ResourceLocator(environment: [:], workingDirectory: wd, executable: executable).locate()
        #expect(found.lexicons.path == install.appendingPathComponent("Lexicons").path)
        #expect(found.model.path == install.appendingPathComponent("Models/stance.json").path)
    }

    @Test func theWorkingDirectoryComesBeforeTheExecutable() throws {
        let tree = try Tree()
        defer { tree.remove() }
        try tree.project("install")
        let wd = try tree.project("wd")
        let found = try ResourceLocator(environment: [:], workingDirectory: wd, executable: tree.url("install/bin/stance")).locate()
        #expect(found.lexicons.path == wd.appendingPathComponent("Lexicons").path)
    }

    @Test func notFoundListsEveryPlaceSearched() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let home = try tree.folder("home")
        let wd = try tree.folder("a/b")
        let executable = tree.url("bin/x/stance")
        let locator = ResourceLocator(environment: ["STANCE_HOME": home.path], workingDirectory: wd, executable: executable)
        do {
            _ = try locator.locateLexicons()
            Issue.record("found lexicons in an empty tree")
        } catch let e as ResourceLocator.NotFound {
            #expect(e.searched.first == "\(home.path)/Lexicons (STANCE_HOME)")
            for dir in [wd, tree.url("a"), tree.root] {
                #expect(e.searched.contains("\(dir.path)/Lexicons (working directory)"), "\(dir.path)")
            }
            for dir in [tree.url("bin/x"), tree.url("bin"), tree.root] {
                #expect(e.searched.contains("\(dir.path)/Lexicons (executable)"), "\(dir.path)")
            }
            #expect(e.searched.contains("/Lexicons (working directory)"), "the search goes up to /")
            #expect(e.description.hasPrefix("cannot find the lexicon folder Lexicons/; searched:\n"))
            #expect(e.description.contains("STANCE_HOME"))
            for place in e.searched { #expect(e.description.contains("  \(place)\n")) }
        }
        do {
            _ = try locator.locateModel()
            Issue.record("found a model in an empty tree")
        } catch let e as ResourceLocator.NotFound {
            #expect(e.searched.first == "\(home.path)/Models/stance.json (STANCE_HOME)")
            #expect(e.searched.contains("\(wd.path)/Models/stance.json (working directory)"))
            #expect(e.searched.contains("\(tree.url("bin/x").path)/Models/stance.json (executable)"))
            #expect(e.what.contains("Models/stance.json"))
        }
    }

    @Test func theRepositoryFindsItsOwnResources() throws {
        // From the repository root, as `swift run` and the tests do.
        let found = try ResourceLocator(environment: [:], workingDirectory: TestSupport.root, executable: nil).locate()
        #expect(found.lexicons.standardizedFileURL.path == TestSupport.lexiconsURL.standardizedFileURL.path)
    }
}
