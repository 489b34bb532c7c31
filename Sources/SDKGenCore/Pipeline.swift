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
    /// Write every file of `OutputLayout`, an empty shard as its header only (`RenderOptions.fixedLayout`).
    public var fixedLayout = false
    /// Do every stage's work on one thread, in order (`--jobs 1`): the output must be the same
    /// bytes as on all cores, which a test checks.
    public var serially = false
    /// Leave out each operation and component that has an error, and what refers to it, instead
    /// of failing (`--skip-invalid`, `skipInvalid: true`); each with a warning.
    public var skipInvalid = false
    /// Also write `SchemaRegistry.swift` (`RenderOptions.schemaRegistry`).
    public var schemaRegistry = false
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
    renderOptions.doccCatalog = options.docs && options.configuration.docc
    renderOptions.moduleName = options.moduleName
    renderOptions.accessModifier = options.configuration.accessModifier
    renderOptions.hashable = options.configuration.hashable
    renderOptions.exampleSetup = options.configuration.exampleSetup
    renderOptions.shards = options.shards
    renderOptions.fixedLayout = options.fixedLayout
    renderOptions.serially = options.serially
    renderOptions.schemaRegistry = options.schemaRegistry
    renderOptions.server = options.configuration.server
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
    if options.skipInvalid { return buildModelSkippingInvalid(specs: specs, options: options, diagnostics: diagnostics) }
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

/// `buildModel` with `--skip-invalid`: each error that lies in an operation or a component
/// (`DocumentUnits`) leaves that part out, with what refers to it, and decoding and lowering run
/// again without them, until no error is left. An error outside of those parts (the file does
/// not parse, `openapi` is missing) still fails the run, with every message.
private func buildModelSkippingInvalid(specs: [(bytes: [UInt8], name: String)], options: GenerateOptions, diagnostics: DiagnosticSink) -> APIModel? {
    let loader = options.loader ?? { _ in nil }
    let bundling = DiagnosticSink()
    var documents: [YAMLDocument] = []
    for (bytes, name) in specs {
        guard let document = measure(options, "parse", { parseYAML(bytes, file: name, diagnostics: bundling, limits: options.yamlLimits) }),
              let bundled = measure(options, "bundle", { bundleReferences(document, loader: loader, diagnostics: bundling, allowOutsideRoot: options.allowOutsideRoot, limits: options.yamlLimits, keepGoing: true) }) else { continue }
        documents.append(bundled)
    }
    guard let specName = specs.first?.name, documents.count == specs.count, var document = mergeDocuments(documents, diagnostics: bundling) else {
        bundling.diagnostics.forEach(diagnostics.emit)
        return nil
    }
    let upgrading = DiagnosticSink()
    let wasSwagger2 = isSwagger2(document.root)
    if wasSwagger2 { document = upgradeSwagger2(document, diagnostics: upgrading) }

    var skipped: [SkippedPart] = []
    var left: Set<String> = []
    /// Leaves out the unit of each error; false when an error lies outside of every unit.
    func leaveOut(_ errors: [Diagnostic]) -> Bool {
        for error in errors {
            guard var unit = error.unit ?? error.pointer.flatMap(DocumentUnits.unit(of:)), unit != "#" else { return false }
            if wasSwagger2, error.unit != nil { unit = DocumentUnits.upgraded(unit) }
            guard left.insert(unit).inserted, !left.contains(where: { unit.hasPrefix($0 + "/") }) else { continue }
            skipped.append(SkippedPart(unit: unit, what: DocumentUnits.describe(unit), reason: error.message, location: error.location, pointer: error.pointer))
        }
        return true
    }
    func fail(_ sinks: DiagnosticSink...) -> APIModel? {
        for sink in [bundling, upgrading] + sinks { sink.diagnostics.forEach(diagnostics.emit) }
        return nil
    }
    guard leaveOut(bundling.diagnostics.filter { $0.severity == .error }) else { return fail() }
    let headerName = specName.split(separator: "/").last.map(String.init) ?? specName
    // Each round leaves out at least one more part, so the rounds end.
    while true {
        for (unit, target) in DocumentUnits.dependents(of: left, in: document) where left.insert(unit).inserted {
            skipped.append(SkippedPart(unit: unit, what: DocumentUnits.describe(unit), reason: "it refers to \(DocumentUnits.describe(target)), which is left out", location: document.node(at: unit).map(document.location(of:)), pointer: unit))
        }
        let pruned = DocumentUnits.removing(left, from: document)
        let round = DiagnosticSink()
        let spec = measure(options, "decode") { decodeSpec(pruned, diagnostics: round, serially: options.serially) }
        let model = spec.flatMap { spec in measure(options, "lower") { lower(spec, specName: headerName, configuration: options.configuration, serially: options.serially, diagnostics: round) } }
        let errors = round.diagnostics.filter { $0.severity == .error }
        if let model, errors.isEmpty {
            bundling.diagnostics.filter { $0.severity != .error }.forEach(diagnostics.emit)
            upgrading.diagnostics.forEach(diagnostics.emit)
            skipped.forEach(diagnostics.skip)
            round.diagnostics.forEach(diagnostics.emit)
            return model
        }
        let before = left.count
        guard leaveOut(errors), left.count > before else { return fail(round) }
    }
}

/// The specs as one document, as decoding reads it: files brought in (`bundleReferences`), specs
/// merged (`mergeDocuments`), a Swagger 2.0 document upgraded to OpenAPI 3. The JSON pointers of
/// messages, of the IR's origins and of the schema registry are pointers into this document.
public func bundledDocument(specs: [(bytes: [UInt8], name: String)], options: GenerateOptions = GenerateOptions(), diagnostics: DiagnosticSink) -> YAMLDocument? {
    guard let documents = bundleSpecs(specs, options: options, diagnostics: diagnostics),
          let document = mergeDocuments(documents, diagnostics: diagnostics) else { return nil }
    return isSwagger2(document.root) ? upgradeSwagger2(document, diagnostics: diagnostics) : document
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
