//! A case of the contract (`shared/spec/case-format.md`) as plain serde
//! structs: the fields murmansk-16 reads, enumerations as Rust enums, hours as
//! exact decimals, dates as calendar dates. Unknown fields are ignored.

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer};

/// A calendar date read from `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub Date);

impl<'de> Deserialize<'de> for Day {
    fn deserialize<De: Deserializer<'de>>(d: De) -> Result<Day, De::Error> {
        let s = <&str>::deserialize(d)?;
        s.parse::<Date>().map(Day).map_err(serde::de::Error::custom)
    }
}

/// `pupil.categories`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// ОВЗ.
    Ovz,
    /// Ребёнок-инвалид.
    Disabled,
    /// Cannot attend school for health reasons.
    CannotAttend,
    /// Нуждается в длительном лечении.
    LongTermTreatment,
    /// Особенности психофизического развития.
    PsychophysicalFeatures,
    /// Особенности в развитии.
    DevelopmentalFeatures,
    /// Особые образовательные потребности.
    SpecialEducationalNeeds,
    /// Хронически больной.
    Chronic,
    /// Трудности в обучении.
    LearningDifficulties,
    /// Трудная жизненная ситуация.
    DifficultLifeSituation,
    /// Одарённый.
    Gifted,
    /// РАС.
    Asd,
    /// Социально-педагогические показания.
    SocialPedagogical,
}

/// `request.form`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// At home.
    Home,
    /// Fully in school.
    School,
    /// Partly at home, partly in school.
    Combined,
}

/// `request.grouping`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grouping {
    /// One pupil.
    Individual,
    /// An individual group.
    IndividualGroup,
    /// A group.
    Group,
}

/// `documents[].addressed_to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Addressee {
    /// The director.
    Director,
    /// A deputy director.
    DeputyDirector,
    /// Someone else.
    Other,
}

/// `documents[].approved_by` and `agreed_by`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approver {
    /// The director.
    Director,
    /// The deputy director (по УВР).
    DeputyDirector,
    /// The class teacher.
    ClassTeacher,
    /// The responsible person.
    ResponsiblePerson,
    /// Someone else.
    Other,
}

/// `documents[].kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// The parents' application.
    ParentApplication,
    /// The medical conclusion.
    MedicalCertificate,
    /// The ПМПК conclusion.
    PmpkConclusion,
    /// The school's order.
    SchoolOrder,
    /// The education committee's order.
    EducationCommitteeOrder,
    /// The schedule.
    Schedule,
    /// The individual curriculum.
    Curriculum,
    /// The journal.
    Journal,
    /// Календарно-тематическое планирование.
    CalendarPlan,
    /// План сопровождения.
    IndividualPlan,
    /// Diagnostics.
    Diagnostics,
    /// The order naming the responsible person.
    ResponsiblePersonOrder,
    /// The act of inspection of the home.
    HomeInspectionAct,
    /// ИПРА.
    Ipra,
}

/// `events[].type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    /// The teacher fell ill.
    TeacherIll,
    /// A substitute teacher took over.
    Substitution,
    /// The pupil fell ill.
    PupilIll,
    /// A lesson was missed (with a reason).
    MissedLesson,
    /// The administration's control.
    AdminControl,
    /// Marks transferred to the class journal.
    MarksTransferred,
    /// The plan changed.
    PlanChange,
    /// An order (with a title).
    Order,
    /// Lessons ended early.
    EarlyEnd,
}

/// `events[].reason` of a missed lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MissReason {
    /// The pupil's illness.
    PupilIll,
    /// Another good reason.
    GoodReason,
    /// The teacher's illness.
    TeacherIll,
    /// No good reason.
    Unexcused,
}

/// `pupil`.
#[derive(Debug, Deserialize)]
pub struct Pupil {
    /// 1..12.
    pub grade: i64,
    /// Whole years on `as_of`.
    pub age: Option<i64>,
    /// The pupil's categories.
    #[serde(default)]
    pub categories: Vec<Category>,
    /// Lives in the school's microdistrict.
    pub lives_in_catchment: Option<bool>,
    /// Subjects with medical contraindications.
    pub contraindicated_subjects: Option<Vec<String>>,
}

/// `request`.
#[derive(Debug, Deserialize)]
pub struct Request {
    /// Where the lessons take place.
    pub form: Form,
    /// Alone or in a group.
    pub grouping: Option<Grouping>,
    /// The first day.
    pub start: Day,
    /// The last day; `None` when not known.
    pub end: Option<Day>,
    /// The home was found unsafe for teachers.
    pub home_unsafe: Option<bool>,
    /// The parents' written consent to education fully in school.
    pub parents_consent_school: Option<bool>,
}

/// One subject of the plan.
#[derive(Debug, Deserialize)]
pub struct Subject {
    /// Its name (free text).
    pub subject: String,
    /// Hours a week.
    pub hours: Decimal,
}

/// `plan`: the individual curriculum.
#[derive(Debug, Deserialize)]
pub struct Plan {
    /// The subjects.
    #[serde(default)]
    pub subjects: Vec<Subject>,
    /// Extracurricular hours a week.
    pub extracurricular_hours: Option<Decimal>,
    /// Correctional hours a week.
    pub correctional_hours: Option<Decimal>,
    /// The weekly load, when the plan states it.
    pub weekly_hours: Option<Decimal>,
    /// Weeks in the school year.
    pub weeks: Option<i64>,
}

/// `load_increase`: a decision to go above the cap.
#[derive(Debug, Deserialize)]
pub struct LoadIncrease {
    /// The director decided so.
    pub director_decision: Option<bool>,
    /// The parents applied.
    pub parents_application: Option<bool>,
    /// There is funding.
    pub funding: Option<bool>,
}

/// One document.
#[derive(Debug, Deserialize)]
pub struct Doc {
    /// What it is.
    pub kind: DocKind,
    /// Its date.
    pub date: Option<Day>,
    /// Whom it is addressed to.
    pub addressed_to: Option<Addressee>,
    /// Who issued it (free text).
    pub issuer: Option<String>,
    /// Valid until.
    pub valid_until: Option<Day>,
    /// Has a corner stamp.
    pub stamp: Option<bool>,
    /// Has the official seal.
    pub seal: Option<bool>,
    /// When it was handed in.
    pub handed_in: Option<Day>,
    /// Number of copies.
    pub copies: Option<i64>,
    /// Agreed with the parents in writing.
    pub agreed_with_parents: Option<bool>,
    /// Who approved it.
    pub approved_by: Option<Approver>,
    /// Kept electronically.
    pub electronic: Option<bool>,
    /// Developed with the parents.
    pub developed_with_parents: Option<bool>,
    /// Who agreed it.
    pub agreed_by: Option<Approver>,
    /// When it was approved.
    pub approved_on: Option<Day>,
    /// Its title.
    pub title: Option<String>,
}

/// One event.
#[derive(Debug, Deserialize)]
pub struct Event {
    /// What happened.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// When.
    pub date: Day,
    /// The subject concerned.
    pub subject: Option<String>,
    /// Why a lesson was missed.
    pub reason: Option<MissReason>,
    /// An order's title.
    pub title: Option<String>,
}

/// A `murmansk-16` case as plain Rust data: `serde_json::from_str::<Case>(line)`.
#[derive(Debug, Deserialize)]
pub struct Case {
    /// The case's own identifier.
    pub id: Option<String>,
    /// The date the case is judged on; `None`: today.
    pub as_of: Option<Day>,
    /// The pupil.
    pub pupil: Pupil,
    /// What is requested.
    pub request: Request,
    /// The individual curriculum.
    pub plan: Plan,
    /// A decision to go above the cap.
    pub load_increase: Option<LoadIncrease>,
    /// The documents.
    #[serde(default)]
    pub documents: Vec<Doc>,
    /// The events.
    #[serde(default)]
    pub events: Vec<Event>,
}
