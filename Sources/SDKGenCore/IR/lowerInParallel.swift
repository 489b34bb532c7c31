/// An inline type a job named: the name it asked for and the one it took.
///
/// A job names its inline types in a scope of its own that also sees the component names; the
/// serial pass checks that each would have got the same name with every earlier job's names
/// taken too (`verifyNames`), and redoes the job in the shared scope when one would not.
struct NameRequest: Sendable {
    let hint: String
    let name: String
    let what: String
    let origin: Origin?
}

/// A job's multipart body, whose fields come from its model, which may be another job's; the
/// serial pass fills them in where the job's messages had got to (`position` of them).
struct MultipartStep: Sendable {
    let position: Int
    let origin: Origin
    let contentType: String
}

/// What one job lowered: a component schema, an operation, or the webhooks' types.
struct LoweredJob: Sendable {
    var models: [IRModel]
    var operation: IROperation?
    var tag: String?
    var diagnostics: [Diagnostic]
    var names: [NameRequest]
    var multipartSteps: [MultipartStep]
    var settingsUsed: Set<ConfigSetting>
    /// The job's scope after it ran, for a job redone in the shared scope.
    var typeNames: NameScope
}

extension Lowering {
    /// The name of an inline type: `hint`, or `hint` with a number when it is taken.
    mutating func nameType(_ hint: String, for what: String, origin: Origin?) -> String {
        let name = typeNames.unique(hint, for: what, origin: origin, diagnostics: diagnostics)
        nameRequests.append(NameRequest(hint: hint, name: name, what: what, origin: origin))
        return name
    }

    /// The job's multipart body gets its fields in the serial pass (`multipartBody`).
    mutating func deferMultipartFields(origin: Origin, contentType: String) {
        multipartSteps.append(MultipartStep(position: diagnostics.diagnostics.count, origin: origin, contentType: contentType))
    }

    /// Lowers the component schemas (`schemas`: positions, sorted by name), the operations and
    /// the webhooks' types as independent jobs on all cores, then, serially and in job order,
    /// reports their messages, checks their names and fills in multipart fields: the same model
    /// and messages as lowering the jobs one after another. Appends the models to `models`.
    mutating func lowerInParallel(schemas: [Int], operations: [NamedOperation], serially: Bool) -> [(operation: IROperation, tag: String)] {
        let base = self
        var jobs: [@Sendable (inout Lowering) -> (operation: IROperation?, tag: String?)] = []
        for index in schemas {
            jobs.append { lowering in
                let component = base.spec.components.schemas[index]
                lowering.lowerNamedSchema(component.schema, name: base.componentTypeNames[component.name]!, overriddenBy: base.configuration.typeOverrides.schemas[component.name])
                return (nil, nil)
            }
        }
        for named in operations {
            jobs.append { lowering in
                named.warnings.forEach(lowering.diagnostics.emit)
                return (lowering.lowerOperation(named.operation, in: named.item, swiftName: named.swiftName), named.operation.tags.first ?? "default")
            }
        }
        let webhooks = jobs.count
        jobs.append { lowering in
            lowering.lowerWebhookTypes()
            return (nil, nil)
        }
        /// Runs job `number` in `scope`: a fresh one that sees the names taken so far, in parallel,
        /// or the shared one when the serial pass redoes a job.
        let work = jobs
        let run = { @Sendable (number: Int, scope: NameScope, names: SwiftNameCache) -> LoweredJob in
            var lowering = base.forJob(scope: scope, names: names)
            let (operation, tag) = work[number](&lowering)
            return lowering.result(operation: operation, tag: tag)
        }
        let start = NameScope(taken: typeNames.used)
        // Consecutive jobs run together, a few batches per core, so each batch's cache of Swift
        // names serves many schemas (big specs repeat `id`, `object`, `metadata` everywhere).
        let batchSize = jobs.count / 32 + 1
        let batches = stride(from: 0, to: jobs.count, by: batchSize).map { $0..<min($0 + batchSize, jobs.count) }
        var results = concurrentMap(batches.map { batch in
            { @Sendable () -> [LoweredJob] in
                let names = SwiftNameCache()
                return batch.map { run($0, start, names) }
            }
        }, serially: serially).flatMap { $0 }

        var lowered: [(operation: IROperation, tag: String)] = []
        for number in results.indices {
            if !verifyNames(results[number].names) {
                // An earlier job took a name this one chose: redo it where every name so far is taken.
                results[number] = run(number, typeNames, SwiftNameCache())
                typeNames = results[number].typeNames
            }
            var steps = results[number].multipartSteps[...]
            for (position, diagnostic) in results[number].diagnostics.enumerated() {
                while let step = steps.first, step.position == position {
                    let body = multipartBody(step, job: results[number], earlier: results[..<number])
                    results[number].operation?.body = body
                    steps.removeFirst()
                }
                diagnostics.emit(diagnostic)
            }
            for step in steps {
                let body = multipartBody(step, job: results[number], earlier: results[..<number])
                results[number].operation?.body = body
            }
            settingsUsed.formUnion(results[number].settingsUsed)
            if number == webhooks {
                // Tags are named after the models of components and operations, not of webhooks.
                tagReserved = Set(models.map(\.name))
            }
            models += results[number].models
            if let operation = results[number].operation, let tag = results[number].tag { lowered.append((operation, tag)) }
        }
        return lowered
    }

    /// Takes the names a job chose in the shared scope; true when each is the name the shared
    /// scope gives it too (nothing an earlier job named is among them). When one is not, gives
    /// back the names taken so far and returns false.
    mutating func verifyNames(_ requests: [NameRequest]) -> Bool {
        var taken: [String] = []
        let unused = DiagnosticSink()
        for request in requests {
            let name = typeNames.unique(request.hint, for: request.what, origin: request.origin, diagnostics: unused)
            taken.append(name)
            if name != request.name {
                typeNames.remove(taken)
                return false
            }
        }
        return true
    }

    /// A copy for one job: the same spec and component names, its own messages and models, the
    /// batch's cache of Swift names, and `scope` for the names of its inline types.
    func forJob(scope: NameScope, names: SwiftNameCache) -> Lowering {
        var copy = self
        copy.models = []
        copy.nameRequests = []
        copy.multipartSteps = []
        copy.settingsUsed = SettingsUsed()
        copy.names = names
        copy.diagnostics = DiagnosticSink()
        copy.typeNames = scope
        return copy
    }

    /// The job's results, taken out of this copy.
    func result(operation: IROperation?, tag: String?) -> LoweredJob {
        LoweredJob(models: models, operation: operation, tag: tag, diagnostics: diagnostics.diagnostics, names: nameRequests, multipartSteps: multipartSteps, settingsUsed: settingsUsed.settings, typeNames: typeNames)
    }

    /// A multipart body's fields from its object model (the job's own, or an earlier job's: a
    /// component's job comes before every operation's); a body that is not an object is sent as
    /// raw `Data`, with a warning.
    func multipartBody(_ step: MultipartStep, job: LoweredJob, earlier: ArraySlice<LoweredJob>) -> IRBody? {
        guard var body = job.operation?.body else { return nil }
        // Multipart bodies are few: their models are searched for, not indexed.
        func model(named name: String) -> IRModel? {
            job.models.first { $0.name == name } ?? earlier.lazy.compactMap { $0.models.first { $0.name == name } }.first
        }
        guard case .named(let name) = body.content.type, let model = model(named: name), case .object(let properties) = model.kind else {
            diagnostics.warning("a multipart body that is not an object is sent as raw Data", at: step.origin.location, pointer: step.origin.pointer)
            body.content = IRContent(type: .data, coding: .binary, contentType: step.contentType)
            return body
        }
        body.multipartFields = properties.map { IRMultipartField(name: $0.name, swiftName: $0.swiftName, isFile: $0.type == .data) }
        return body
    }
}
