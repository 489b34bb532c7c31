/// What a generation run needs besides the spec: templates and options.
public struct GenerateOptions: Sendable {
    public var docs = true
    /// The Swift module the SDK is compiled into, for `import` lines in docs examples.
    public var moduleName = "API"
    public var yamlLimits = YAMLLimits()
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
    return render(model, templates: templates, docs: options.docs, moduleName: options.moduleName)
}

/// The first three stages: the `APIModel` of a spec, or nil when errors were reported.
public func buildModel(spec bytes: [UInt8], specName: String, options: GenerateOptions = GenerateOptions(), diagnostics: DiagnosticSink) -> APIModel? {
    guard let document = parseYAML(bytes, file: specName, diagnostics: diagnostics, limits: options.yamlLimits),
          let spec = decodeSpec(document, diagnostics: diagnostics) else { return nil }
    let headerName = specName.split(separator: "/").last.map(String.init) ?? specName
    return lower(spec, specName: headerName, diagnostics: diagnostics)
}
