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
    public init() {}
}

/// parse -> decode -> lower -> render, nothing else. No file-system access.
///
/// - Parameters:
///   - bytes: The spec file's contents.
///   - specName: The name used in messages and in generated headers (no absolute path).
/// - Returns: The files to write, or nil when errors were reported to `diagnostics`.
public func generate(spec bytes: [UInt8], specName: String, templates: TemplateSet, options: GenerateOptions = GenerateOptions(), diagnostics: DiagnosticSink) -> [OutputFile]? {
    guard let model = buildModel(spec: bytes, specName: specName, options: options, diagnostics: diagnostics) else { return nil }
    return render(model, templates: templates, docs: options.docs, moduleName: options.moduleName, accessModifier: options.configuration.accessModifier)
}

/// The first three stages: the `APIModel` of a spec, or nil when errors were reported.
public func buildModel(spec bytes: [UInt8], specName: String, options: GenerateOptions = GenerateOptions(), diagnostics: DiagnosticSink) -> APIModel? {
    guard var document = parseYAML(bytes, file: specName, diagnostics: diagnostics, limits: options.yamlLimits) else { return nil }
    let loader = options.loader ?? { _ in nil }
    guard let bundled = bundleReferences(document, loader: loader, diagnostics: diagnostics, allowOutsideRoot: options.allowOutsideRoot, limits: options.yamlLimits) else { return nil }
    document = bundled
    guard let spec = decodeSpec(document, diagnostics: diagnostics) else { return nil }
    let headerName = specName.split(separator: "/").last.map(String.init) ?? specName
    return lower(spec, specName: headerName, configuration: options.configuration, diagnostics: diagnostics)
}
