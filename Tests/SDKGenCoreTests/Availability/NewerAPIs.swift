import Foundation

/// APIs that Apple platforms have only from a version newer than this package's minimums, as
/// Apple's documentation gives their availability (each entry names the page it was read on).
/// The entries of the standard library are also checked against the toolchain's own interfaces
/// (`AvailabilityTests.listAgreesWithTheToolchain`), and every other public type those interfaces
/// declare newer than the minimums is added to the scan without being listed here.
///
/// Maintained by hand: add an API here when code may come to use it.
enum NewerAPIs {
    static let clockEra = versions(macOS: "13", iOS: "16", tvOS: "16", watchOS: "9")
    static let foundation2021 = versions(macOS: "12", iOS: "15", tvOS: "15", watchOS: "8")
    static let concurrency2023 = versions(macOS: "14", iOS: "17", tvOS: "17", watchOS: "10")
    static let swift6Runtime = versions(macOS: "15", iOS: "18", tvOS: "18", watchOS: "11", visionOS: "2")

    static func versions(macOS: String, iOS: String, tvOS: String, watchOS: String, visionOS: String? = nil, macCatalyst: String? = nil) -> Availability {
        var result = Availability()
        result.versions[.macOS] = OSVersion(macOS)
        result.versions[.iOS] = OSVersion(iOS)
        result.versions[.tvOS] = OSVersion(tvOS)
        result.versions[.watchOS] = OSVersion(watchOS)
        if let visionOS { result.versions[.visionOS] = OSVersion(visionOS) } else { result.versions[.visionOS] = OSVersion("1") }
        if let macCatalyst { result.versions[.macCatalyst] = OSVersion(macCatalyst) }
        return result
    }

    static func api(_ name: String, _ tokens: [String], _ introduced: Availability, _ page: String) -> NewerAPI {
        NewerAPI(name: name, tokens: tokens, introduced: introduced, source: "https://developer.apple.com/documentation/" + page)
    }

    /// The standard library's entries: name, the declaration the toolchain's interface has, and
    /// the availability Apple's documentation gives.
    static let standardLibrary: [(api: NewerAPI, declaration: String)] = [
        (api("Duration", ["Duration"], clockEra, "swift/duration"), "struct Duration"),
        (api("Clock", ["Clock"], clockEra, "swift/clock"), "protocol Clock"),
        (api("ContinuousClock", ["ContinuousClock"], clockEra, "swift/continuousclock"), "struct ContinuousClock"),
        (api("SuspendingClock", ["SuspendingClock"], clockEra, "swift/suspendingclock"), "struct SuspendingClock"),
        (api("Regex", ["Regex"], clockEra, "swift/regex"), "struct Regex"),
        (api("DiscardingTaskGroup", ["DiscardingTaskGroup"], concurrency2023, "swift/discardingtaskgroup"), "struct DiscardingTaskGroup"),
        (api("Mutex", ["Mutex"], swift6Runtime, "synchronization/mutex"), "struct Mutex"),
        (api("Atomic", ["Atomic"], swift6Runtime, "synchronization/atomic"), "struct Atomic"),
        (api("Int128", ["Int128"], swift6Runtime, "swift/int128"), "struct Int128"),
    ]

    /// Everything else: members and Foundation, which the toolchain's Linux interfaces cannot show.
    static let members: [NewerAPI] = [
        api("Task.sleep(for:)", ["Task", ".", "sleep", "(", "for"], clockEra, "swift/task/sleep(for:tolerance:clock:)"),
        api("Task.sleep(until:)", ["Task", ".", "sleep", "(", "until"], clockEra, "swift/task/sleep(until:tolerance:clock:)"),
        api("URL.appending(path:)", ["appending", "(", "path", ":"], clockEra, "foundation/url/appending(path:directoryhint:)"),
        api("URL.appending(component:)", ["appending", "(", "component", ":"], clockEra, "foundation/url/appending(component:directoryhint:)"),
        api("URL.appending(components:)", ["appending", "(", "components", ":"], clockEra, "foundation/url/appending(components:directoryhint:)"),
        api("URL.append(path:)", ["append", "(", "path", ":"], clockEra, "foundation/url/append(path:directoryhint:)"),
        api("URL(filePath:)", ["URL", "(", "filePath", ":"], clockEra, "foundation/url/init(filepath:directoryhint:relativeto:)"),
        api("URL.path(percentEncoded:)", ["path", "(", "percentEncoded", ":"], clockEra, "foundation/url/path(percentencoded:)"),
        api("URL.temporaryDirectory", ["URL", ".", "temporaryDirectory"], clockEra, "foundation/url/temporarydirectory"),
        api("URL.documentsDirectory", ["URL", ".", "documentsDirectory"], clockEra, "foundation/url/documentsdirectory"),
        api("URL.currentDirectory()", ["URL", ".", "currentDirectory"], clockEra, "foundation/url/currentdirectory()"),
        api("firstMatch(of:)", ["firstMatch", "(", "of"], clockEra, "swift/bidirectionalcollection/firstmatch(of:)"),
        api("wholeMatch(of:)", ["wholeMatch", "(", "of"], clockEra, "swift/bidirectionalcollection/wholematch(of:)"),
        api("firstRange(of:)", ["firstRange", "(", "of"], clockEra, "swift/collection/firstrange(of:)"),
        api("ranges(of:)", ["ranges", "(", "of"], clockEra, "swift/collection/ranges(of:)"),
        api("replacing(_:with:)", ["replacing", "("], clockEra, "swift/rangereplaceablecollection/replacing(_:with:maxreplacements:)"),
        api("trimmingPrefix(_:)", ["trimmingPrefix", "("], clockEra, "swift/collection/trimmingprefix(_:)"),
        api("formatted()", ["formatted", "("], foundation2021, "foundation/date/formatted()"),
        api("Date.now", ["Date", ".", "now"], foundation2021, "foundation/date/now"),
        api("String(localized:)", ["String", "(", "localized", ":"], foundation2021, "swift/string/init(localized:table:bundle:locale:comment:)"),
        api("AttributedString", ["AttributedString"], foundation2021, "foundation/attributedstring"),
        api("ISO8601FormatStyle", ["ISO8601FormatStyle"], foundation2021, "foundation/date/iso8601formatstyle"),
        api("JSONDecoder.allowsJSON5", ["allowsJSON5"], foundation2021, "foundation/jsondecoder/allowsjson5"),
        api("URLSession.data(for:)", [".", "data", "(", "for", ":"], foundation2021, "foundation/urlsession/data(for:delegate:)"),
        api("URLSession.bytes(for:)", [".", "bytes", "(", "for", ":"], foundation2021, "foundation/urlsession/bytes(for:delegate:)"),
        api("URLSession.data(from:)", [".", "data", "(", "from", ":"], foundation2021, "foundation/urlsession/data(from:delegate:)"),
        api("URLSession.upload(for:from:)", [".", "upload", "(", "for", ":"], foundation2021, "foundation/urlsession/upload(for:from:delegate:)"),
        api("FileHandle.readToEnd()", ["readToEnd", "("], versions(macOS: "10.15.4", iOS: "13.4", tvOS: "13.4", watchOS: "6.2"), "foundation/filehandle/readtoend()"),
        api("FileHandle.write(contentsOf:)", ["write", "(", "contentsOf", ":"], versions(macOS: "10.15.4", iOS: "13.4", tvOS: "13.4", watchOS: "6.2"), "foundation/filehandle/write(contentsof:)"),
        api("withDiscardingTaskGroup", ["withDiscardingTaskGroup"], concurrency2023, "swift/withdiscardingtaskgroup(returning:isolation:body:)"),
        api("withThrowingDiscardingTaskGroup", ["withThrowingDiscardingTaskGroup"], concurrency2023, "swift/withthrowingdiscardingtaskgroup(returning:isolation:body:)"),
        api("@Observable", ["@Observable"], concurrency2023, "observation/observable()"),
        // Mac Catalyst has WebSocket tasks from 13.1, the rest of Apple's platforms from their minimums.
        api("URLSessionWebSocketTask", ["URLSessionWebSocketTask"], versions(macOS: "10.15", iOS: "13", tvOS: "13", watchOS: "6", macCatalyst: "13.1"), "foundation/urlsessionwebsockettask"),
        api("URLSession.webSocketTask(with:)", ["webSocketTask", "("], versions(macOS: "10.15", iOS: "13", tvOS: "13", watchOS: "6", macCatalyst: "13.1"), "foundation/urlsession/websockettask(with:)-87ipz"),
        // An existential with primary associated types needs the runtime's parameterized protocol
        // metadata; `any AsyncSequence<Element, Failure>` also its typed `Failure`.
        NewerAPI(name: "any AsyncSequence<...>", tokens: ["any", "AsyncSequence", "<"], introduced: swift6Runtime, source: "https://developer.apple.com/documentation/swift/asyncsequence"),
        NewerAPI(name: "any P<...> (a constrained existential)", tokens: ["any", "*", "<"], introduced: clockEra, source: "https://github.com/swiftlang/swift-evolution/blob/main/proposals/0353-constrained-existential-types.md"),
    ]

    static var all: [NewerAPI] { standardLibrary.map(\.api) + members }
}
