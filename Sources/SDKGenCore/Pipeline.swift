import Dispatch

/// What a generation run needs besides the spec: templates and options.
public struct GenerateOptions: Sendable {
    public var docs = true
    /// The Swift module the SDK is compiled into, for `import` lines in docs examples.
    public var moduleName = "API"
    public var yamlLimits = YAMLLimits()
    /// Reads files that `$ref`s name; without one, references to other files are errors.
    public var loader: FileLoader?
    /// Lets `$ref`s reach files outside the spec's folder.
    public var allowOutsideRoot = false
    /// Filters, naming and type overrides, access level, servers (from `sdkgen.yaml`).
    public var configuration = SDKGenConfiguration()
    /// When set, each stage adds its wall time here.
    public var timings: StageTimings?
    /// Models and operations files (`RenderOptions.shards`): 16, or 1 for small fixtures.
    public var shards = OutputLayout.modelShards
    /// Do every stage's work on one thread, in order (`--jobs 1`): the output must be the same
    /// bytes as on all cores, which a test checks.
    public var serially = false
    public init() {}
}

/// parse -> decode -> lower -> render, nothing else. No file-system access.
///
/// - Parameters:
///   - bytes: The spec file's contents.
///   - specName: The name used in messages and in generated headers (no absolute path).
/// - Returns: The files to write, or nil when errors were reported to `diagnostics`.
public func generate(spec bytes: [UInt8], specName: String, templates: TemplateSet, options: GenerateOptions = GenerateOptions(), diagnostics: DiagnosticSink) -> [OutputFile]? {
    generate(specs: [(bytes, specName)], templates: templates, options: options, diagnostics: diagnostics)
}

/// Generates one SDK from several specs merged into one.
public func generate(specs: [(bytes: [UInt8], name: String)], templates: TemplateSet, options: GenerateOptions = GenerateOptions(), diagnostics: DiagnosticSink) -> [OutputFile]? {
    guard let model = buildModel(specs: specs, options: options, diagnostics: diagnostics) else { return nil }
    var renderOptions = RenderOptions()
    renderOptions.docs = options.docs
    renderOptions.moduleName = options.moduleName
    renderOptions.accessModifier = options.configuration.accessModifier
    renderOptions.hashable = options.configuration.hashable
    renderOptions.exampleSetup = options.configuration.exampleSetup
    renderOptions.shards = options.shards
    renderOptions.serially = options.serially
    let files = measure(options, "render") { render(model, templates: templates, options: renderOptions) }
    releaseInBackground(model)
    return files
}

/// The first three stages: the `APIModel` of a spec, or nil when errors were reported.
public func buildModel(spec bytes: [UInt8], specName: String, options: GenerateOptions = GenerateOptions(), diagnostics: DiagnosticSink) -> APIModel? {
    buildModel(specs: [(bytes, specName)], options: options, diagnostics: diagnostics)
}

/// The model of several specs merged into one (see `mergeDocuments`); the first names the output.
public func buildModel(specs: [(bytes: [UInt8], name: String)], options: GenerateOptions = GenerateOptions(), diagnostics: DiagnosticSink) -> APIModel? {
    guard let specName = specs.first?.name, var documents = bundleSpecs(specs, options: options, diagnostics: diagnostics) else { return nil }
    guard let document = mergeDocuments(documents, diagnostics: diagnostics),
          let spec = measure(options, "decode", { decodeSpec(document, diagnostics: diagnostics, serially: options.serially) }) else { return nil }
    releaseInBackground((documents, document))
    documents = []
    let headerName = specName.split(separator: "/").last.map(String.init) ?? specName
    let model = measure(options, "lower") { lower(spec, specName: headerName, configuration: options.configuration, serially: options.serially, diagnostics: diagnostics) }
    releaseInBackground(spec)
    return model
}

/// Parses each spec and brings in the files its `$ref`s reach (each read through
/// `options.loader`), without decoding: every file a generation reads, which `sdkgen inputs` lists.
/// - Returns: One document per spec, or nil when errors were reported.
public func bundleSpecs(_ specs: [(bytes: [UInt8], name: String)], options: GenerateOptions = GenerateOptions(), diagnostics: DiagnosticSink) -> [YAMLDocument]? {
    let loader = options.loader ?? { _ in nil }
    var documents: [YAMLDocument] = []
    for (bytes, name) in specs {
        guard let document = measure(options, "parse", { parseYAML(bytes, file: name, diagnostics: diagnostics, limits: options.yamlLimits) }),
              let bundled = measure(options, "bundle", { bundleReferences(document, loader: loader, diagnostics: diagnostics, allowOutsideRoot: options.allowOutsideRoot, limits: options.yamlLimits) }) else { continue }
        documents.append(bundled)
    }
    return documents.count == specs.count ? documents : nil
}

/// Drops the last reference to a large tree on another thread. Freeing the node tree or the spec
/// takes tens of milliseconds on a big spec; the next stage runs on one core and need not wait.
private func releaseInBackground<T: Sendable>(_ value: T) {
    DispatchQueue.global(qos: .utility).async { withExtendedLifetime(value) {} }
}

private func measure<T>(_ options: GenerateOptions, _ stage: String, _ body: () -> T) -> T {
    guard let timings = options.timings else { return body() }
    return timings.measure(stage, body)
}

/// Runs each job, several at a time on all cores (or one after another, in order, when `serially`);
/// results in job order either way. Decoding, lowering, rendering and writing use it.
package func concurrentMap<T: Sendable>(_ jobs: [@Sendable () -> T], serially: Bool = false) -> [T] {
    if serially { return jobs.map { $0() } }
    var values = [T?](repeating: nil, count: jobs.count)
    // Each iteration writes only its own slot, so the slots need no lock.
    values.withUnsafeMutableBufferPointer { buffer in
        nonisolated(unsafe) let slots = buffer
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            slots[index] = jobs[index]()
        }
    }
    return values.map { $0! }
}
